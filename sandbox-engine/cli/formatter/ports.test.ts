import { describe, expect, it } from 'vitest';
import { displayablePorts, type ApiPort } from './ports.ts';

// Cases from docker/cli v28.5.2 cli/command/formatter/container_test.go TestDisplayablePorts.
const CASES: Array<[ApiPort[], string]> = [
  [[{ PrivatePort: 9988, Type: 'tcp' }], '9988/tcp'],
  [[{ IP: '0.0.0.0', PrivatePort: 9988, Type: 'tcp' }], '0.0.0.0:0->9988/tcp'],
  [[{ IP: '::', PrivatePort: 9988, Type: 'tcp' }], '[::]:0->9988/tcp'],
  [[{ PrivatePort: 9988, PublicPort: 8899, Type: 'tcp' }], '9988/tcp'],
  [[{ IP: '4.3.2.1', PrivatePort: 9988, PublicPort: 8899, Type: 'tcp' }], '4.3.2.1:8899->9988/tcp'],
  [[{ IP: '::1', PrivatePort: 9988, PublicPort: 9988, Type: 'tcp' }], '[::1]:9988->9988/tcp'],
  [[{ PrivatePort: 9988, Type: 'udp' }, { PrivatePort: 9988, Type: 'udp' }], '9988/udp, 9988/udp'],
  [
    [
      { IP: '1.2.3.4', PublicPort: 9998, PrivatePort: 9998, Type: 'udp' },
      { IP: '1.2.3.4', PublicPort: 9999, PrivatePort: 9999, Type: 'udp' },
    ],
    '1.2.3.4:9998-9999->9998-9999/udp',
  ],
  [
    [
      { IP: '::1', PublicPort: 8887, PrivatePort: 9998, Type: 'udp' },
      { IP: '::1', PublicPort: 8888, PrivatePort: 9999, Type: 'udp' },
    ],
    '[::1]:8887->9998/udp, [::1]:8888->9999/udp',
  ],
  [[{ PrivatePort: 9999, Type: 'udp' }, { PrivatePort: 9998, Type: 'udp' }], '9998-9999/udp'],
  [
    [
      { IP: '1.2.3.4', PrivatePort: 6677, PublicPort: 7766, Type: 'tcp' },
      { PrivatePort: 9988, PublicPort: 8899, Type: 'udp' },
    ],
    '9988/udp, 1.2.3.4:7766->6677/tcp',
  ],
  [[], ''],
];

describe('displayablePorts', () => {
  it.each(CASES)('%j', (ports, expected) => {
    expect(displayablePorts(ports)).toBe(expected);
  });

  it('closes a run when the next port of its protocol is not consecutive (recorded: test/scenarios/engine/600-ps-ports.sh)', () => {
    const ports: ApiPort[] = [
      { PrivatePort: 7000, Type: 'tcp' },
      { PrivatePort: 5001, Type: 'udp' },
      { PrivatePort: 5000, Type: 'udp' },
      { PrivatePort: 5002, Type: 'udp' },
      { PrivatePort: 9000, Type: 'tcp' },
    ];
    expect(displayablePorts(ports)).toBe('7000/tcp, 5000-5002/udp, 9000/tcp');
  });
});
