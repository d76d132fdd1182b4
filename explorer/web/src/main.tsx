// The explorer's web app: a page per view of the network, served with its data by explorer/server.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter, NavLink, Route, Routes } from "react-router-dom";
import { useApi } from "./api";
import { DevicePage } from "./pages/Device";
import { DevicesPage } from "./pages/Devices";
import { IosdPage } from "./pages/Iosd";
import { OverviewPage } from "./pages/Overview";
import { PoolsPage } from "./pages/Pools";
import { StakingPage } from "./pages/Staking";
import "./style.css";

const PAGES = [
  ["/", "Overview"],
  ["/devices", "Devices"],
  ["/pools", "Pools"],
  ["/staking", "Staking"],
  ["/iosd", "IOSD"],
] as const;

function Header() {
  const source = useApi<{ description: string; transactions: number }>("/api/source");
  return (
    <header>
      <span className="brand">io-compute explorer</span>
      <nav>
        {PAGES.map(([to, name]) => (
          <NavLink key={to} to={to} end={to === "/"}>
            {name}
          </NavLink>
        ))}
      </nav>
      <span className="source">{source.data ? `${source.data.description} · ${source.data.transactions} transactions indexed` : ""}</span>
    </header>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <BrowserRouter>
      <Header />
      <Routes>
        <Route path="/" element={<OverviewPage />} />
        <Route path="/devices" element={<DevicesPage />} />
        <Route path="/devices/:address" element={<DevicePage />} />
        <Route path="/pools" element={<PoolsPage />} />
        <Route path="/staking" element={<StakingPage />} />
        <Route path="/iosd" element={<IosdPage />} />
        <Route path="*" element={<main>No such page.</main>} />
      </Routes>
    </BrowserRouter>
  </StrictMode>,
);
