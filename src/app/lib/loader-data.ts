/**
 * What a route component reads with `useLoaderData`, from its loader factory (`(queryClient) =>
 * loader`), so each route names its loader once instead of unwrapping the types by hand.
 */
export type LoaderData<Factory extends (...args: never[]) => (...args: never[]) => unknown> = Awaited<
  ReturnType<ReturnType<Factory>>
>;
