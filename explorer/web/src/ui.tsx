// Small pieces every page uses: headline figures, tables, and the loading and error states.
import type { ReactNode } from "react";
import { Link } from "react-router-dom";
import type { Loaded } from "./api";
import { short } from "./format";

/** A headline figure; `testId` lets the browser tests compare it with the chain. */
export function Stat(props: { label: string; value: string; note?: string; testId: string }) {
  return (
    <div className="stat">
      <div className="label">{props.label}</div>
      <div className="value" data-testid={props.testId}>
        {props.value}
      </div>
      {props.note && <div className="note">{props.note}</div>}
    </div>
  );
}

export function Stats(props: { children: ReactNode }) {
  return <section className="stats">{props.children}</section>;
}

export function Table(props: { head: string[]; rows: ReactNode[][]; testId: string; empty?: string }) {
  if (props.rows.length === 0) return <p className="empty">{props.empty ?? "nothing yet"}</p>;
  return (
    <table data-testid={props.testId}>
      <thead>
        <tr>
          {props.head.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) => (
              <td key={j}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Renders `render(data)` once loaded; meanwhile "loading", and a failed request as one line. */
export function Page<T>(props: { title: string; loaded: Loaded<T>; render: (data: T) => ReactNode }) {
  const { data, error } = props.loaded;
  return (
    <main>
      <h1>{props.title}</h1>
      {error !== undefined ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : data === undefined ? (
        <p className="loading">loading…</p>
      ) : (
        <div data-testid="page-ready">{props.render(data)}</div>
      )}
    </main>
  );
}

export const DeviceLink = (props: { address: string }) => <Link to={`/devices/${props.address}`}>{short(props.address)}</Link>;

export const Address = (props: { address: string }) => <code title={props.address}>{short(props.address)}</code>;
