// Devices: search and filter the registry; rows in the order the SDK ranks them for renters (reputation, the stake
// behind the device, price).
import { useState } from "react";
import { type Devices, useApi } from "../api";
import { amount, count, duration, percent } from "../format";
import { DeviceLink, Page, Table } from "../ui";

interface Filters {
  class: string;
  region: string;
  minGpus: string;
  available: boolean;
}

export function DevicesPage() {
  const [filters, setFilters] = useState<Filters>({ class: "", region: "", minGpus: "", available: false });
  const query = new URLSearchParams();
  if (filters.class) query.set("class", filters.class);
  if (filters.region) query.set("region", filters.region);
  if (filters.minGpus) query.set("minGpus", filters.minGpus);
  if (filters.available) query.set("available", "1");
  const set = (patch: Partial<Filters>) => setFilters({ ...filters, ...patch });
  return (
    <>
      <main>
        <form className="filters" onSubmit={(e) => e.preventDefault()}>
          <label>
            class
            <select data-testid="filter-class" value={filters.class} onChange={(e) => set({ class: e.target.value })}>
              <option value="">any</option>
              {[0, 1, 2, 3].map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          <label>
            region
            <input data-testid="filter-region" value={filters.region} placeholder="us-east-1" onChange={(e) => set({ region: e.target.value.trim() })} />
          </label>
          <label>
            min GPUs
            <input
              data-testid="filter-min-gpus"
              value={filters.minGpus}
              inputMode="numeric"
              onChange={(e) => set({ minGpus: e.target.value.replace(/\D/g, "") })}
            />
          </label>
          <label>
            <span>
              <input type="checkbox" data-testid="filter-available" checked={filters.available} onChange={(e) => set({ available: e.target.checked })} />{" "}
              bookable now
            </span>
          </label>
        </form>
      </main>
      <Page title="Devices" loaded={useApi<Devices>(`/api/devices?${query}`)} render={(d) => <DevicesView d={d} />} />
    </>
  );
}

function DevicesView({ d }: { d: Devices }) {
  return (
    <Table
      testId="devices-table"
      empty="no device matches"
      head={["rank", "device", "class", "GPUs", "VRAM", "region", "price per GPU-hour", "reputation", "stake behind it", "status", "rentals", "served"]}
      rows={d.devices.map((x) => [
        x.rank,
        <DeviceLink address={x.address} />,
        x.deviceClass,
        count(x.gpuCount),
        `${x.vramGb} GB`,
        x.region,
        amount(x.pricePerGpuHour, d.mints[x.paymentMint]?.decimals ?? 0, d.mints[x.paymentMint]?.symbol),
        percent(x.scoreBps),
        `${percent(x.multipleBps)} of required`,
        x.rentedNow ? "rented" : x.status,
        `${x.completedRentals} / ${x.rentalCount}`,
        duration(x.secondsServed),
      ])}
    />
  );
}
