import { installPart } from "@/app/lib/i18n";
import { messages } from "./article/zh.json?lingui";

// This part's messages load with the code that shows them (see lingui.config.ts), English ones too
// when English is (or becomes) the interface's language.
await installPart(messages, () => import("./article/en.json?lingui"));
