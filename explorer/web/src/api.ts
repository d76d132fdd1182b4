// The dashboard's data: one fetch per page from the explorer's /api, typed as the server's functions return it
// after JSON (`Plain`: bigints and addresses as strings).
import { useEffect, useState } from "react";
import type * as server from "../../server/api";
import type { Plain } from "../../indexer/store";

export type Overview = Plain<Awaited<ReturnType<typeof server.overview>>>;
export type Devices = Plain<Awaited<ReturnType<typeof server.devices>>>;
export type DevicePage = Plain<NonNullable<Awaited<ReturnType<typeof server.device>>>>;
export type Pools = Plain<Awaited<ReturnType<typeof server.pools>>>;
export type Staking = Plain<Awaited<ReturnType<typeof server.staking>>>;
export type Iosd = Plain<Awaited<ReturnType<typeof server.iosdPage>>>;

export type Loaded<T> = { data: T; error?: undefined } | { data?: undefined; error: string } | { data?: undefined; error?: undefined };

/** GETs `path` (re-fetched when it changes); an error is the server's one line. */
export function useApi<T>(path: string): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({});
  useEffect(() => {
    let live = true;
    setState({});
    fetch(path)
      .then(async (res) => {
        const body = await res.json();
        if (!live) return;
        setState(res.ok ? { data: body as T } : { error: String(body.error ?? res.statusText) });
      })
      .catch((e: unknown) => live && setState({ error: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, [path]);
  return state;
}
