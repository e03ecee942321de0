import { describe, expect, it } from 'vitest';
import { marshal } from '../cli/go/json.ts';
import { typeName } from '../cli/go/value.ts';
import { Template } from '../cli/template/template.ts';
import { goStruct, NIL_MAP, NIL_SLICE, typedJSON, typedValue, wireValue } from './gostruct.ts';

// A cut of container.Config / State with the tag kinds that matter (moby v28.5.2 api/types/container).
const cfg = goStruct('container.Config', [
  ['Hostname', 'abc'],
  ['ExposedPorts', NIL_MAP, { omitempty: true }],
  ['Env', NIL_SLICE],
  ['NetworkDisabled', false, { omitempty: true }],
  ['Labels', new Map([['b', '2'], ['a', '1']])],
  ['StopTimeout', null, { omitempty: true }],
]);
const doc = goStruct('container.InspectResponse', [
  ['ID', 'f00', { json: 'Id' }],
  ['Config', cfg],
  ['Secret', 'x', { json: '-' }],
  ['Seen', 'Mon', { wire: '2026-01-05T09:00:00Z' }],
]);

describe('GoStruct', () => {
  it('marshals JSON names, struct order, omitempty, sorted maps and nil as null', () => {
    expect(marshal(wireValue(doc))).toBe(
      '{"Id":"f00","Config":{"Hostname":"abc","Env":null,"Labels":{"a":"1","b":"2"}},"Seen":"2026-01-05T09:00:00Z"}',
    );
  });

  it('gives templates the Go field names and every field', () => {
    const t = typedValue(doc);
    const run = (text: string) => Template.parse(text).execute(t);
    expect(run('{{.ID}} {{.Config.Env}} {{.Config.NetworkDisabled}} {{.Config.StopTimeout}} {{.Secret}} {{.Seen}}')).toBe('f00 [] false <nil> x Mon');
    expect(typeName(t)).toBe('container.InspectResponse');
    expect(() => run('{{.Id}}')).toThrow(/can't evaluate field Id in type container.InspectResponse/);
  });

  it('json of a typed value uses the tags again (the CLI marshals its structs)', () => {
    const t = typedValue(doc) as Record<string, unknown>;
    expect(typedJSON(t.Config)).toBe('{"Hostname":"abc","Env":null,"Labels":{"a":"1","b":"2"}}');
    expect(typedJSON([t.Config])).toBe('[{"Hostname":"abc","Env":null,"Labels":{"a":"1","b":"2"}}]');
  });

  it('re-encodes through a map when the type marshals that way', () => {
    const s = goStruct('T', [['Z', 1], ['A', goStruct('U', [['Y', 2], ['B', 3]])]], { viaMap: true });
    expect(marshal(wireValue(s))).toBe('{"A":{"B":3,"Y":2},"Z":1}');
  });

  // A cut of container.HostConfig, which embeds Resources (OomKillDisable *bool). Recorded with
  // CLI 28.2.2: `docker inspect -f '{{.HostConfig}}' c` prints `{... runc  {0 0 ... 0xc00040e44c
  // <nil> ...} [] ...}`, the embedded struct nested, the set *bool as an address (it changes from
  // run to run), while `{{.HostConfig.Memory}}` and `{{.HostConfig.Resources}}` both resolve.
  const hc = goStruct('*container.HostConfig', [
    ['Runtime', 'runc'],
    ['Isolation', ''],
    [
      'Resources',
      goStruct('container.Resources', [
        ['CPUShares', 0, { json: 'CpuShares' }],
        ['Memory', 0],
        ['OomKillDisable', false, { pointer: true }],
        ['PidsLimit', null, { pointer: true }],
      ]),
      { embedded: true },
    ],
    ['MaskedPaths', NIL_SLICE],
  ]);

  it('embedded structs: promoted on the wire and for lookups, nested when printed', () => {
    expect(marshal(wireValue(hc))).toBe('{"Runtime":"runc","Isolation":"","CpuShares":0,"Memory":0,"OomKillDisable":false,"PidsLimit":null,"MaskedPaths":null}');
    const t = typedValue(hc);
    const run = (text: string) => Template.parse(text).execute(t);
    expect(run('{{.}}')).toMatch(/^\{runc  \{0 0 0xc[0-9a-f]{9} <nil>\} \[\]\}$/);
    expect(run('{{.Memory}} {{.OomKillDisable}} {{.Resources.CPUShares}}')).toBe('0 false 0');
    expect(run('{{printf "%+v" .Resources}}')).toMatch(/^\{CPUShares:0 Memory:0 OomKillDisable:0xc[0-9a-f]{9} PidsLimit:<nil>\}$/);
    const typed = t as Record<string, unknown>;
    expect(typedJSON(typed)).toBe('{"Runtime":"runc","Isolation":"","CpuShares":0,"Memory":0,"OomKillDisable":false,"PidsLimit":null,"MaskedPaths":null}');
    expect(typedJSON(typed.Resources)).toBe('{"CpuShares":0,"Memory":0,"OomKillDisable":false,"PidsLimit":null}');
  });
});
