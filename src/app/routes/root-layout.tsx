import { useEffect } from "react";
import { Link, NavLink, Outlet, useNavigation } from "react-router";
import { UpdatePrompt } from "@/app/features/offline/components/UpdatePrompt";
import { ReadingControls } from "@/app/features/reading/components/ReadingControls";
import { SearchBox } from "@/app/features/search/components/SearchBox";
import { paths } from "@/app/config/paths";
import { useT } from "@/app/lib/i18n";
import { markHydrated } from "@/app/lib/use-is-client";
import { useRouteHead } from "./route-head";

/** The frame of every page: skip link, header with navigation and reading controls, footer. */
export function RootLayout() {
  const t = useT();
  const navigation = useNavigation();
  useRouteHead();
  // Marks the page interactive once React has taken over the prerendered markup.
  useEffect(() => {
    markHydrated();
    document.documentElement.dataset.hydrated = "";
  }, []);
  return (
    <div className="flex min-h-dvh flex-col">
      <a href="#main" className="skip-link">
        {t("layout.skip")}
      </a>
      <div className={navigation.state === "idle" ? "progress" : "progress progress-active"} aria-hidden="true" />
      <header className="site-header">
        <div className="header-grid mx-auto max-w-6xl px-4 py-2">
          <Link to={paths.home.to()} className="brand" aria-label={t("layout.home")}>
            Folio
          </Link>
          <nav aria-label={t("layout.mainNav")} className="header-nav flex items-center gap-1 text-sm">
            <NavLink to={paths.home.to()} end className="nav-link">
              {t("layout.today")}
            </NavLink>
            <NavLink to={paths.archive.to()} className="nav-link">
              {t("layout.archive")}
            </NavLink>
            <NavLink to={paths.people.to()} className="nav-link">
              {t("layout.people")}
            </NavLink>
          </nav>
          <div className="header-search">
            <SearchBox />
          </div>
          <div className="header-controls">
            <ReadingControls />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="flex-1 outline-none">
        <Outlet />
      </main>
      <UpdatePrompt />
      <footer className="site-footer">
        <p>{t("layout.footer")}</p>
      </footer>
    </div>
  );
}
