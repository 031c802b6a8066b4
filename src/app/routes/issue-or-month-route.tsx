import { useLoaderData } from "react-router";
import type { issueOrMonthLoader, paperLoader } from "./archive-loaders";
import { MonthView } from "./month-route";
import { PageRoute } from "./page-route";
import type { LoaderData } from "@/app/lib/loader-data";

type Data = LoaderData<typeof issueOrMonthLoader> | LoaderData<typeof paperLoader>;

/** `/:paper/` and `/:paper/:date/`: a month's calendar or an issue's first page. */
export function IssueOrMonthRoute() {
  const data = useLoaderData<Data>();
  return data.kind === "month" ? <MonthView paperId={data.paperId} month={data.month} /> : <PageRoute />;
}
