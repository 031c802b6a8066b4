import { installPart } from "@/app/lib/i18n";
import { messages } from "./printed-page/zh.json?lingui";

// This part's messages load with the code that shows them (see lingui.config.ts), English ones too
// when English is (or becomes) the interface's language.
await installPart(messages, () => import("./printed-page/en.json?lingui"));
