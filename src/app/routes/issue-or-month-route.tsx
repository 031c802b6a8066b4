import { useLoaderData } from "react-router";
import type { issueOrMonthLoader, paperLoader } from "./archive-loaders";
import { MonthView } from "./month-route";
import { PageRoute } from "./page-route";
import { YearView } from "./year-route";
import type { LoaderData } from "@/app/lib/loader-data";

type Data = LoaderData<typeof issueOrMonthLoader> | LoaderData<typeof paperLoader>;

/** `/:paper/` and `/:paper/:date/`: a year's months, a month's calendar or an issue's first page. */
export function IssueOrMonthRoute() {
  const data = useLoaderData<Data>();
  if (data.kind === "year") return <YearView paperId={data.paperId} yearFile={data.yearFile} />;
  if (data.kind === "month") return <MonthView paperId={data.paperId} month={data.month} yearFile={data.yearFile} />;
  return <PageRoute />;
}
