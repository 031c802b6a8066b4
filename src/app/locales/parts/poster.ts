import { installPart } from "@/app/lib/i18n";
import { messages } from "./poster/zh.json?lingui";

// This part's messages load with the code that shows them (see lingui.config.ts), English ones too
// when English is (or becomes) the interface's language.
await installPart(messages, () => import("./poster/en.json?lingui"));
