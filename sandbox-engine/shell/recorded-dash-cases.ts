/**
 * dash snippets with their output (stdout and stderr interleaved, `2>&1`) and exit status, recorded
 * from the real dash 0.5.12 on Debian 12 (GNU coreutils around it). Each -c case ran as
 *   runuser -u student -- env -i HOME=/home/student PATH=/usr/local/bin:/usr/bin:/bin USER=student
 *     LANG=C.UTF-8 dash -c SNIPPET
 * in an empty scratch directory with stdin from /dev/null; the file cases wrote the snippet to s.sh
 * and ran `dash s.sh arg1`; the last list ran as `bash -c SNIPPET`, starting sh from bash.
 * Left out: cases whose output depends on that machine (its PIDs, paths, limits) or on programs
 * the simulated host lacks (od, seq, time).
 */
import type { RecordedCase } from './recorded-cases.ts';

export const dashCommand: RecordedCase[] = [
 [
  "echo $0; nosuch; echo $?",
  "dash\ndash: 1: nosuch: not found\n127\n",
  0
 ],
 [
  "cd /x; echo $?",
  "dash: 1: cd: can't cd to /x\n2\n",
  0
 ],
 [
  "echo > /x/y; echo $?",
  "dash: 1: cannot create /x/y: Directory nonexistent\n2\n",
  0
 ],
 [
  "cat < nofile; echo $?",
  "dash: 1: cannot open nofile: No such file\n2\n",
  0
 ],
 [
  "if then fi",
  "dash: 1: Syntax error: \"then\" unexpected\n",
  2
 ],
 [
  "echo a; if then fi; echo b",
  "dash: 1: Syntax error: \"then\" unexpected\n",
  2
 ],
 [
  "echo \"abc",
  "dash: 1: Syntax error: Unterminated quoted string\n",
  2
 ],
 [
  "echo $(ls",
  "dash: 1: Syntax error: end of file unexpected (expecting \")\")\n",
  2
 ],
 [
  "echo $((1+",
  "dash: 1: Syntax error: Missing '))'\n",
  2
 ],
 [
  "[[ 1 == 1 ]]; echo $?",
  "dash: 1: [[: not found\n127\n",
  0
 ],
 [
  "a=(1 2); echo $?",
  "dash: 1: Syntax error: \"(\" unexpected\n",
  2
 ],
 [
  "x=ab; echo ${x^^}",
  "dash: 1: Bad substitution\n",
  2
 ],
 [
  "function f { echo hi; }; f",
  "dash: 1: Syntax error: \"}\" unexpected\n",
  2
 ],
 [
  "echo {a,b}",
  "{a,b}\n",
  0
 ],
 [
  "echo $'a\\tb'",
  "$a\tb\n",
  0
 ],
 [
  "echo \"a\\nb\"",
  "a\nb\n",
  0
 ],
 [
  "echo -e x",
  "-e x\n",
  0
 ],
 [
  "echo -n x; echo",
  "x\n",
  0
 ],
 [
  "printf \"%d\\n\" abc; echo $?",
  "dash: 1: printf: abc: expected numeric value\n0\n1\n",
  0
 ],
 [
  "printf; echo $?",
  "dash: 1: printf: usage: printf format [arg ...]\n2\n",
  0
 ],
 [
  "[ 1 -eq x ]; echo $?",
  "dash: 1: [: Illegal number: x\n2\n",
  0
 ],
 [
  "[ 1 = ]; echo $?",
  "dash: 1: [: =: argument expected\n2\n",
  0
 ],
 [
  "test a b; echo $?",
  "dash: 1: test: a: unexpected operator\n2\n",
  0
 ],
 [
  "type ls cd nosuch echo; echo $?",
  "ls is /usr/bin/ls\ncd is a shell builtin\nnosuch: not found\necho is a shell builtin\n127\n",
  0
 ],
 [
  "command -v ls cd nosuch; echo $?",
  "/usr/bin/ls\n0\n",
  0
 ],
 [
  "set -o pipefail; echo $?",
  "dash: 1: set: Illegal option -o pipefail\n",
  2
 ],
 [
  "echo $((2**3))",
  "dash: 1: arithmetic expression: expecting primary: \"2**3\"\n",
  2
 ],
 [
  "echo $((1/0))",
  "dash: 1: arithmetic expression: division by zero: \"1/0\"\n",
  2
 ],
 [
  "x=5; echo $((x+=2)) $x",
  "7 7\n",
  0
 ],
 [
  "local x; echo $?",
  "dash: 1: local: not in a function\n",
  2
 ],
 [
  "f() { local x=1; echo $x; }; f\necho a\nnosuch\necho $LINENO",
  "1\na\ndash: 3: nosuch: not found\n\n",
  0
 ],
 [
  "f() {\n  nosuch\n}\nf",
  "dash: 2: nosuch: not found\n",
  127
 ],
 [
  "x=$(nosuch); echo $?",
  "dash: 1: nosuch: not found\n127\n",
  0
 ],
 [
  "echo $((1+))",
  "dash: 1: arithmetic expression: expecting primary: \"1+\"\n",
  2
 ],
 [
  "echo ${x:1:2}",
  "dash: 1: Bad substitution\n",
  2
 ],
 [
  "x=abc; echo ${x/a/b}",
  "dash: 1: Bad substitution\n",
  2
 ],
 [
  "x=abc; echo ${#x} ${x%c} ${x#a}",
  "3 ab bc\n",
  0
 ],
 [
  "echo ${!x}",
  "dash: 1: Bad substitution\n",
  2
 ],
 [
  "set -u; echo $y",
  "dash: 1: y: parameter not set\n",
  2
 ],
 [
  "echo ${y?}",
  "dash: 1: y: parameter not set\n",
  2
 ],
 [
  "echo ${y:?custom msg}",
  "dash: 1: y: custom msg\n",
  2
 ],
 [
  "readonly r=1; r=2; echo $?",
  "dash: 1: r: is read only\n",
  2
 ],
 [
  "readonly r=1; export r=3; echo after",
  "dash: 1: export: r: is read only\n",
  2
 ],
 [
  "exit 300",
  "",
  44
 ],
 [
  "exit -1",
  "dash: 1: exit: Illegal number: -1\n",
  2
 ],
 [
  "exit abc",
  "dash: 1: exit: Illegal number: abc\n",
  2
 ],
 [
  "shift 5",
  "dash: 1: shift: can't shift that many\n",
  2
 ],
 [
  "f() { return abc; }; f; echo $?",
  "dash: 1: return: Illegal number: abc\n",
  2
 ],
 [
  "echo \"[$-]\"",
  "[]\n",
  0
 ],
 [
  "set -e; echo $-",
  "e\n",
  0
 ],
 [
  "set +o",
  "set +o errexit\nset +o noglob\nset +o ignoreeof\nset +o interactive\nset +o monitor\nset +o noexec\nset +o stdin\nset +o xtrace\nset +o verbose\nset +o vi\nset +o emacs\nset +o noclobber\nset +o allexport\nset +o notify\nset +o nounset\nset +o privileged\nset +o nolog\nset +o debug\n",
  0
 ],
 [
  "set -o",
  "Current option settings\nerrexit         off\nnoglob          off\nignoreeof       off\ninteractive     off\nmonitor         off\nnoexec          off\nstdin           off\nxtrace          off\nverbose         off\nvi              off\nemacs           off\nnoclobber       off\nallexport       off\nnotify          off\nnounset         off\nprivileged      off\nnolog           off\ndebug           off\n",
  0
 ],
 [
  "trap \"echo x\" EXIT; trap",
  "trap -- 'echo x' EXIT\nx\n",
  0
 ],
 [
  "umask; umask -S",
  "0022\nu=rwx,g=rx,o=rx\n",
  0
 ],
 [
  "umask 999",
  "dash: 1: umask: Illegal number: 999\n",
  2
 ],
 [
  "alias ll=\"ls -l\"; alias",
  "ll='ls -l'\n",
  0
 ],
 [
  "unalias nope",
  "unalias: nope not found\n",
  1
 ],
 [
  "type type",
  "type is a shell builtin\n",
  0
 ],
 [
  "type if",
  "if is a shell keyword\n",
  0
 ],
 [
  "type [[",
  "[[: not found\n",
  127
 ],
 [
  "command -V ls",
  "ls is /usr/bin/ls\n",
  0
 ],
 [
  "command -V nosuch",
  "nosuch: not found\n",
  127
 ],
 [
  "x=1; x+=2; echo $x",
  "dash: 1: x+=2: not found\n1\n",
  0
 ],
 [
  "echo a |& cat",
  "dash: 1: Syntax error: \"&\" unexpected\n",
  2
 ],
 [
  "cat <<< hi",
  "dash: 1: Syntax error: redirection unexpected\n",
  2
 ],
 [
  "case a in a) echo 1;& b) echo 2;; esac",
  "dash: 1: Syntax error: \"&\" unexpected\n",
  2
 ],
 [
  "let x=1; echo $?",
  "dash: 1: let: not found\n127\n",
  0
 ],
 [
  "declare x=1",
  "dash: 1: declare: not found\n",
  127
 ],
 [
  "source /dev/null; echo $?",
  "dash: 1: source: not found\n127\n",
  0
 ],
 [
  ". /nofile; echo $?",
  "dash: 1: .: cannot open /nofile: No such file\n",
  2
 ],
 [
  ". nofile; echo $?",
  "dash: 1: .: nofile: not found\n",
  2
 ],
 [
  "((x=1)); echo $?",
  "0\n",
  0
 ],
 [
  "for ((i=0;i<2;i++)); do echo $i; done",
  "dash: 1: Syntax error: Bad for loop variable\n",
  2
 ],
 [
  "for i in 1 2; { echo $i; }",
  "dash: 1: Syntax error: \"{\" unexpected (expecting \"do\")\n",
  2
 ],
 [
  "select x in a; do :; done",
  "dash: 1: Syntax error: \"do\" unexpected\n",
  2
 ],
 [
  "echo $(( 010 + 0x10 ))",
  "24\n",
  0
 ],
 [
  "echo $(( 1 ? 2 : 3 )) $(( 5 % 3 )) $(( -7 / 2 )) $(( 1 << 4 ))",
  "2 2 -3 16\n",
  0
 ],
 [
  "echo $((a=5, a+1))",
  "dash: 1: arithmetic expression: expecting EOF: \"a=5, a+1\"\n",
  2
 ],
 [
  "i=0; echo $((i++)) $i",
  "dash: 1: arithmetic expression: expecting primary: \"i++\"\n",
  2
 ],
 [
  "echo $(( 9223372036854775807 + 1 ))",
  "-9223372036854775808\n",
  0
 ],
 [
  "echo $((x))",
  "0\n",
  0
 ],
 [
  "x=abc; echo $((x))",
  "dash: 1: Illegal number: abc\n",
  2
 ],
 [
  "x=3+4; echo $((x))",
  "dash: 1: Illegal number: 3+4\n",
  2
 ],
 [
  "echo $((1 +* 2))",
  "dash: 1: arithmetic expression: expecting primary: \"1 +* 2\"\n",
  2
 ],
 [
  "echo $((1 2))",
  "dash: 1: arithmetic expression: expecting EOF: \"1 2\"\n",
  2
 ],
 [
  "echo $((1 ? 2 ))",
  "dash: 1: arithmetic expression: expecting ':': \"1 ? 2 \"\n",
  2
 ],
 [
  "echo $((08))",
  "dash: 1: arithmetic expression: expecting EOF: \"08\"\n",
  2
 ],
 [
  "echo $((0x))",
  "dash: 1: arithmetic expression: expecting EOF: \"0x\"\n",
  2
 ],
 [
  "echo $((2#101))",
  "dash: 1: arithmetic expression: expecting EOF: \"2#101\"\n",
  2
 ],
 [
  "echo $((1 @ 2))",
  "dash: 1: arithmetic expression: expecting EOF: \"1 @ 2\"\n",
  2
 ],
 [
  "echo $((3 = 4))",
  "dash: 1: arithmetic expression: expecting EOF: \"3 = 4\"\n",
  2
 ],
 [
  "echo $((x = 4)); echo $x",
  "4\n4\n",
  0
 ],
 [
  "x=\" 12 \"; echo $((x+1))",
  "13\n",
  0
 ],
 [
  "x=010; echo $((x+1))",
  "9\n",
  0
 ],
 [
  "echo $((1%0))",
  "dash: 1: arithmetic expression: division by zero: \"1%0\"\n",
  2
 ],
 [
  "echo $(( ))",
  "dash: 1: arithmetic expression: expecting primary: \" \"\n",
  2
 ],
 [
  "echo $((-9223372036854775808 / -1))",
  "9223372036854775807\n",
  0
 ],
 [
  "echo $((1<<64))",
  "1\n",
  0
 ],
 [
  "echo $((++x))",
  "0\n",
  0
 ],
 [
  "echo $(( !0 ~1 ))",
  "dash: 1: arithmetic expression: expecting EOF: \" !0 ~1 \"\n",
  2
 ],
 [
  "echo $((99999999999999999999))",
  "9223372036854775807\n",
  0
 ],
 [
  "echo $((y+=1)) $y",
  "1 1\n",
  0
 ],
 [
  "echo $((1 ? 2 : 3 ? 4 : 5))",
  "2\n",
  0
 ],
 [
  "echo $((0 && (x=5))) $x",
  "0\n",
  0
 ],
 [
  "echo \"a\\tb\\\\c\" d; echo e",
  "a\tbe\n",
  0
 ],
 [
  "echo -nn x; echo",
  "-nn x\n\n",
  0
 ],
 [
  "echo -n -n x; echo",
  "-n x\n",
  0
 ],
 [
  "echo \"\\c\"; echo x",
  "x\n",
  0
 ],
 [
  "echo -- a",
  "-- a\n",
  0
 ],
 [
  "echo 'a\\qb'\nprintf \"%s-%d|%5.2f|%x|%o|%c|%b|%%\\n\" a 42 3.14159 255 8 xyz \"a\\tb\"",
  "a\\qb\na-42| 3.14|ff|10|x|a\tb|%\n",
  0
 ],
 [
  "printf \"%d\\n\" 1x; echo $?",
  "dash: 1: printf: 1x: not completely converted\n1\n1\n",
  0
 ],
 [
  "printf \"%d\\n\" \"\"; echo $?",
  "0\n0\n",
  0
 ],
 [
  "printf \"%d %d\\n\" 99999999999999999999 -5",
  "dash: 1: printf: 99999999999999999999: Numerical result out of range\n9223372036854775807 -5\n",
  1
 ],
 [
  "printf \"%q\\n\" a",
  "dash: 1: printf: %q: invalid directive\n",
  2
 ],
 [
  "printf \"%z\\n\"; echo $?",
  "dash: 1: printf: %z: invalid directive\n2\n",
  0
 ],
 [
  "printf \"%s\\n\"",
  "\n",
  0
 ],
 [
  "printf \"a\\u00e9b\\n\"",
  "a\\u00e9b\n",
  0
 ],
 [
  "printf \"\\x41\\n\"",
  "\\x41\n",
  0
 ],
 [
  "printf \"\\101\\n\"",
  "A\n",
  0
 ],
 [
  "printf \"%b\\n\" \"\\101\\0101\\x41\"",
  "AA\\x41\n",
  0
 ],
 [
  "printf -- \"-x\\n\"",
  "-x\n",
  0
 ],
 [
  "printf -v x y; echo $?",
  "dash: 1: printf: Illegal option -v\n2\n",
  0
 ],
 [
  "printf \"%d\\n\" \"'A\"",
  "65\n",
  0
 ],
 [
  "printf \"%5s|%-5s|\\n\" ab cd",
  "   ab|cd   |\n",
  0
 ],
 [
  "printf \"%.3s\\n\" abcdef",
  "abc\n",
  0
 ],
 [
  "printf \"%i %u\\n\" 3 4",
  "3 4\n",
  0
 ],
 [
  "printf \"%e %g %E\\n\" 1.5 2.5 3",
  "1.500000e+00 2.5 3.000000E+00\n",
  0
 ],
 [
  "printf \"%*d|\\n\" 5 3",
  "    3|\n",
  0
 ],
 [
  "printf \"%s %s\\n\" a",
  "a \n",
  0
 ],
 [
  "printf \"abc\\c def\\n\"; echo",
  "abc\\c def\n\n",
  0
 ],
 [
  "printf \"%b\\n\" \"x\\cy\"; echo z",
  "xz\n",
  0
 ],
 [
  "printf \"%d\\n\" 0x1f 010",
  "31\n8\n",
  0
 ],
 [
  "printf \"%f\\n\" abc; echo $?",
  "dash: 1: printf: abc: expected numeric value\n0.000000\n1\n",
  0
 ],
 [
  "printf \"%d\\n\" 3.5; echo $?",
  "dash: 1: printf: 3.5: not completely converted\n3\n1\n",
  0
 ],
 [
  "printf \"%5%|\\n\"",
  "dash: 1: printf: %5%: invalid directive\n",
  2
 ],
 [
  "printf \"%d\\n\" 1x 2y",
  "dash: 1: printf: 1x: not completely converted\ndash: 1: printf: 2y: not completely converted\n1\n2\n",
  1
 ],
 [
  "printf \"ab%qc\\n\"; echo $?",
  "dash: 1: printf: %q: invalid directive\nab2\n",
  0
 ],
 [
  "printf \"%d|\" 1 x 3; echo",
  "dash: 1: printf: x: expected numeric value\n1|0|3|\n",
  0
 ],
 [
  "printf \"%c|\" \"\" ab | tr '\\0' N",
  "N|a|",
  0
 ],
 [
  "printf \"%5.1s|\\n\" abc",
  "    a|\n",
  0
 ],
 [
  "printf \"%#x %+d % d %05d\\n\" 255 3 4 42",
  "0xff +3  4 00042\n",
  0
 ],
 [
  "printf \"%ld %lld %hd\\n\" 1 2 3",
  "dash: 1: printf: %l: invalid directive\n",
  2
 ],
 [
  "printf \"%.2e\\n\" 12345",
  "1.23e+04\n",
  0
 ],
 [
  "printf \"%x\\n\" -1",
  "ffffffffffffffff\n",
  0
 ],
 [
  "printf \"%o\\n\" -1",
  "1777777777777777777777\n",
  0
 ],
 [
  "printf \"%u\\n\" -1",
  "18446744073709551615\n",
  0
 ],
 [
  "printf \"%d\\n\" -9223372036854775809",
  "dash: 1: printf: -9223372036854775809: Numerical result out of range\n-9223372036854775808\n",
  1
 ],
 [
  "printf \"%s\\n\" \"a\\nb\"",
  "a\\nb\n",
  0
 ],
 [
  "printf \"%b\" \"a\\nb\\n\"",
  "a\nb\n",
  0
 ],
 [
  "printf \"%b\\n\" \"\\c\"; echo x",
  "x\n",
  0
 ],
 [
  "printf '\\\"\\?\\n'",
  "\\\"\\?\n",
  0
 ],
 [
  "printf \"%d\\n\" \" 42\"",
  "42\n",
  0
 ],
 [
  "printf \"%d\\n\" \"42 \"",
  "dash: 1: printf: 42 : not completely converted\n42\n",
  1
 ],
 [
  "printf \"%d\\n\" +5",
  "5\n",
  0
 ],
 [
  "printf \"%.3d|%5.3x\\n\" 7 255",
  "007|  0ff\n",
  0
 ],
 [
  "printf \"%s\" a b c; echo",
  "abc\n",
  0
 ],
 [
  "printf \"%d%%\\n\" 5 6",
  "5%\n6%\n",
  0
 ],
 [
  "printf \"\\\\\"; echo",
  "\\\n",
  0
 ],
 [
  "printf \"%\"; echo $?",
  "dash: 1: printf: missing format character\n2\n",
  0
 ],
 [
  "printf \"%5\"; echo $?",
  "dash: 1: printf: missing format character\n2\n",
  0
 ],
 [
  "printf \"%F\\n\" 1.5",
  "1.500000\n",
  0
 ],
 [
  "printf \"%a %a %a\\n\" 1 0.5 3.14",
  "0x1p+0 0x1p-1 0x1.91eb851eb851fp+1\n",
  0
 ],
 [
  "printf \"%X\\n\" 255",
  "FF\n",
  0
 ],
 [
  "printf \"%.*f\\n\" 2 3.14159",
  "3.14\n",
  0
 ],
 [
  "printf -5; echo $?",
  "dash: 1: printf: Illegal option -5\n2\n",
  0
 ],
 [
  "printf - ; echo $?",
  "-0\n",
  0
 ],
 [
  "[ x -lt 1 ]; echo $?",
  "dash: 1: [: Illegal number: x\n2\n",
  0
 ],
 [
  "[ 1 -eq ]; echo $?",
  "dash: 1: [: -eq: argument expected\n2\n",
  0
 ],
 [
  "[ -n ]; echo $?",
  "0\n",
  0
 ],
 [
  "[ -f ]; echo $?",
  "0\n",
  0
 ],
 [
  "[ a = b c ]; echo $?",
  "dash: 1: [: b: unexpected operator\n2\n",
  0
 ],
 [
  "[ a; echo $?",
  "dash: 1: [: missing ]\n2\n",
  0
 ],
 [
  "test; echo $?",
  "1\n",
  0
 ],
 [
  "[ ]; echo $?",
  "1\n",
  0
 ],
 [
  "[ ! ]; echo $?",
  "0\n",
  0
 ],
 [
  "[ a -a ]; echo $?",
  "1\n",
  0
 ],
 [
  "[ -z a -o -n b ]; echo $?",
  "0\n",
  0
 ],
 [
  "[ 99999999999999999999 -gt 1 ]; echo $?",
  "dash: 1: [: Illegal number: 99999999999999999999\n2\n",
  0
 ],
 [
  "[ \" 5 \" -eq 5 ]; echo $?",
  "0\n",
  0
 ],
 [
  "[ a == a ]; echo $?",
  "dash: 1: [: a: unexpected operator\n2\n",
  0
 ],
 [
  "[ a \\< b ]; echo $?",
  "0\n",
  0
 ],
 [
  "[ -v x ]; echo $?",
  "dash: 1: [: -v: unexpected operator\n2\n",
  0
 ],
 [
  "[ -o x ]; echo $?",
  "dash: 1: [: -o: unexpected operator\n2\n",
  0
 ],
 [
  "test -e; echo $?",
  "0\n",
  0
 ],
 [
  "test ! -e /; echo $?",
  "1\n",
  0
 ],
 [
  "test a -eq 1 -o 1; echo $?",
  "dash: 1: test: Illegal number: a\n2\n",
  0
 ],
 [
  "[ \"\" -eq 0 ]; echo $?",
  "dash: 1: [: Illegal number: \n2\n",
  0
 ],
 [
  "[ -x -a -y ]; echo $?",
  "dash: 1: [: -a: unexpected operator\n2\n",
  0
 ],
 [
  "test -t 0 -a 1; echo $?",
  "1\n",
  0
 ],
 [
  "[ a b c d e ]; echo $?",
  "dash: 1: [: a: unexpected operator\n2\n",
  0
 ],
 [
  "test ! a b; echo $?",
  "dash: 1: test: a: unexpected operator\n2\n",
  0
 ],
 [
  "test \\( a \\) b; echo $?",
  "dash: 1: test: ): unexpected operator\n2\n",
  0
 ],
 [
  "test -d /tmp -a \\( -f /x -o -d / \\); echo $?",
  "0\n",
  0
 ],
 [
  "test -N /tmp; echo $?",
  "dash: 1: test: -N: unexpected operator\n2\n",
  0
 ],
 [
  "test -k /tmp; echo $?",
  "0\n",
  0
 ],
 [
  "test 1 -eq 1a; echo $?",
  "dash: 1: test: Illegal number: 1a\n2\n",
  0
 ],
 [
  "[ -d / ] && [ -f /etc/passwd ] && [ ! -e /nope ] && echo ok",
  "ok\n",
  0
 ],
 [
  "[ ! a = a ]; echo $?",
  "1\n",
  0
 ],
 [
  "[ ! -n \"\" ]; echo $?",
  "0\n",
  0
 ],
 [
  "[ \\( a = a \\) ]; echo $?",
  "0\n",
  0
 ],
 [
  "test ! ! a; echo $?",
  "0\n",
  0
 ],
 [
  "[ -L /bin ] && echo link",
  "link\n",
  0
 ],
 [
  "[ -w /etc/passwd ]; echo $?; [ -r /etc/passwd ]; echo $?; [ -x /bin/ls ]; echo $?",
  "1\n0\n0\n",
  0
 ],
 [
  "[ 3 -gt 2 -a 2 -gt 1 ]; echo $?",
  "0\n",
  0
 ],
 [
  "[ -e /etc -o ]; echo $?",
  "0\n",
  0
 ],
 [
  "[ ( ]; echo $?",
  "dash: 1: Syntax error: word unexpected (expecting \")\")\n",
  2
 ],
 [
  "[ '(' ]; echo $?",
  "0\n",
  0
 ],
 [
  "[ '(' a ; echo $?\nread x <<EOF\na b\nEOF\necho \"$x\"; read -p \"pr\" y <<EOF\nz\nEOF\necho $? \"$y\"",
  "dash: 1: [: missing ]\n2\na b\n0 z\n",
  0
 ],
 [
  "read; echo $?",
  "dash: 1: read: arg count\n2\n",
  0
 ],
 [
  "read -r x y z <<EOF\na\\ b c d e\nEOF\necho \"[$x][$y][$z]\"",
  "[a\\][b][c d e]\n",
  0
 ],
 [
  "read x y <<EOF\na\\ b c d e\nEOF\necho \"[$x][$y]\"",
  "[a b][c d e]\n",
  0
 ],
 [
  "read 1x </dev/null; echo $?",
  "dash: 1: read: 1x: bad variable name\n2\n",
  0
 ],
 [
  "echo a | read -a arr; echo $?",
  "dash: 1: read: Illegal option -a\n2\n",
  0
 ],
 [
  "read -n 1 x <<EOF\nabc\nEOF\necho $?",
  "dash: 1: read: Illegal option -n\n2\n",
  0
 ],
 [
  "IFS=: read a b <<EOF\n1:2:3\nEOF\necho \"$a|$b\"",
  "1|2:3\n",
  0
 ],
 [
  "read x; echo \"$?[$x]\"",
  "1[]\n",
  0
 ],
 [
  ": > /x/y; echo $?",
  "dash: 1: cannot create /x/y: Directory nonexistent\n",
  2
 ],
 [
  "echo a >&x; echo $?",
  "dash: 1: Syntax error: Bad fd number\n",
  2
 ],
 [
  "echo a >&10; echo $?",
  "dash: 1: Syntax error: Bad fd number\n",
  2
 ],
 [
  "echo a 3>&1 >&3; echo $?",
  "a\n0\n",
  0
 ],
 [
  "f() { echo; }; f > /x/y; echo $?",
  "dash: 1: cannot create /x/y: Directory nonexistent\n2\n",
  0
 ],
 [
  "{ echo; } > /x/y; echo $?",
  "dash: 1: cannot create /x/y: Directory nonexistent\n2\n",
  0
 ],
 [
  "ls > /x/y; echo $?",
  "dash: 1: cannot create /x/y: Directory nonexistent\n2\n",
  0
 ],
 [
  "x=1 > /x/y; echo $?",
  "dash: 1: cannot create /x/y: Directory nonexistent\n2\n",
  0
 ],
 [
  "exec 3>/x/y; echo $?",
  "dash: 1: cannot create /x/y: Directory nonexistent\n",
  2
 ],
 [
  "echo > /etc; echo $?",
  "dash: 1: cannot create /etc: Is a directory\n2\n",
  0
 ],
 [
  "echo hi > /root/x; echo $?",
  "dash: 1: cannot create /root/x: Permission denied\n2\n",
  0
 ],
 [
  "cat < /root; echo $?",
  "dash: 1: cannot open /root: Permission denied\n2\n",
  0
 ],
 [
  "if true; then echo; fi > /x/y; echo $?",
  "dash: 1: cannot create /x/y: Directory nonexistent\n2\n",
  0
 ],
 [
  "while false; do :; done < /nofile; echo $?",
  "dash: 1: cannot open /nofile: No such file\n2\n",
  0
 ],
 [
  "echo a 2>/x/y; echo $?",
  "dash: 1: cannot create /x/y: Directory nonexistent\n2\n",
  0
 ],
 [
  "set -C; echo a > f; echo b > f; echo $?",
  "dash: 1: cannot create f: File exists\n2\n",
  0
 ],
 [
  "echo a <> f; echo $?",
  "a\n0\n",
  0
 ],
 [
  "echo a >| f; echo $?; cat f",
  "0\na\n",
  0
 ],
 [
  "echo 1 >&5; echo $?",
  "dash: 1: 5: Bad file descriptor\n2\n",
  0
 ],
 [
  "echo 1 2>&-; echo $?",
  "1\n0\n",
  0
 ],
 [
  "eval nosuch",
  "dash: 1: eval: nosuch: not found\n",
  127
 ],
 [
  "eval \"echo \\${x^^}\"",
  "dash: 1: eval: Bad substitution\n",
  2
 ],
 [
  "eval \"if then\"",
  "dash: 1: eval: Syntax error: \"then\" unexpected\n",
  2
 ],
 [
  "echo nosuch > f; . ./f",
  "dash: 1: ./f: nosuch: not found\n",
  127
 ],
 [
  "command nosuch",
  "dash: 1: nosuch: not found\n",
  127
 ],
 [
  "f() { nosuch; }; f",
  "dash: 1: nosuch: not found\n",
  127
 ],
 [
  "eval \"cd /x\"",
  "dash: 1: cd: can't cd to /x\n",
  2
 ],
 [
  "eval \"echo >/x/y\"",
  "dash: 1: eval: cannot create /x/y: Directory nonexistent\n",
  2
 ],
 [
  "f() { cd /x; }; f; echo $?",
  "dash: 1: cd: can't cd to /x\n2\n",
  0
 ],
 [
  "(cd /x); echo $?",
  "dash: 1: cd: can't cd to /x\n2\n",
  0
 ],
 [
  "echo $(cd /x; echo $?)",
  "dash: 1: cd: can't cd to /x\n2\n",
  0
 ],
 [
  "echo\necho\neval \"echo a\nnosuch\"",
  "\n\na\ndash: 2: eval: nosuch: not found\n",
  127
 ],
 [
  "printf \"echo a\\n\\nnosuch\\n\" > f\necho\n. ./f; echo $?",
  "\na\ndash: 3: ./f: nosuch: not found\n127\n",
  0
 ],
 [
  "f() {\necho\n}\necho\nnosuch",
  "\ndash: 5: nosuch: not found\n",
  127
 ],
 [
  "f() {\n  nosuch\n}\necho\nf",
  "\ndash: 2: nosuch: not found\n",
  127
 ],
 [
  "x=$(echo\nnosuch)",
  "dash: 2: nosuch: not found\n",
  127
 ],
 [
  "cat <<EOF\n$(nosuch)\nEOF",
  "dash: 2: nosuch: not found\n\n",
  0
 ],
 [
  "echo \"a\nb\" $(nosuch)",
  "dash: 2: nosuch: not found\na\nb\n",
  0
 ],
 [
  "for i in 1; do\n nosuch\ndone",
  "dash: 2: nosuch: not found\n",
  127
 ],
 [
  "if true; then\nnosuch; fi",
  "dash: 2: nosuch: not found\n",
  127
 ],
 [
  "echo a \\\nb; nosuch",
  "a b\ndash: 2: nosuch: not found\n",
  127
 ],
 [
  "echo `\nnosuch`",
  "dash: 2: nosuch: not found\n\n",
  0
 ],
 [
  "nosuch | cat",
  "dash: 1: nosuch: not found\n",
  0
 ],
 [
  "true &&\nnosuch",
  "dash: 2: nosuch: not found\n",
  127
 ],
 [
  "echo a; return 3; echo b",
  "a\n",
  3
 ],
 [
  "f() { return -1; }; f; echo $?",
  "dash: 1: return: Illegal number: -1\n",
  2
 ],
 [
  "set -- a; shift 2; echo $?",
  "dash: 1: shift: can't shift that many\n",
  2
 ],
 [
  "unset PATH; echo $?; ls",
  "0\ndash: 1: ls: not found\n",
  127
 ],
 [
  "readonly r=1; unset r; echo $?",
  "dash: 1: unset: r: is read only\n",
  2
 ],
 [
  "unset -f nosuch; unset -v x; echo $?",
  "0\n",
  0
 ],
 [
  "x=1; unset x; echo ${x-unset}",
  "unset\n",
  0
 ],
 [
  "alias x='it'\\''s'; alias x",
  "x='it'\"'\"'s'\n",
  0
 ],
 [
  "unalias -a; alias; echo $?",
  "0\n",
  0
 ],
 [
  "wait; echo $?",
  "0\n",
  0
 ],
 [
  "jobs; echo $?\nfor i in 1 2 3; do echo $i; done; echo done",
  "0\n1\n2\n3\ndone\n",
  0
 ],
 [
  "i=0; while [ $i -lt 3 ]; do i=$((i+1)); echo $i; done",
  "1\n2\n3\n",
  0
 ],
 [
  "case abc in a*) echo A;; *) echo other;; esac",
  "A\n",
  0
 ],
 [
  "case x in (x) echo paren;; esac",
  "paren\n",
  0
 ],
 [
  "f() { echo \"args: $# $*\"; }; f a \"b c\" d",
  "args: 3 a b c d\n",
  0
 ],
 [
  "set -- a \"b c\"; for x in \"$@\"; do echo \"[$x]\"; done",
  "[a]\n[b c]\n",
  0
 ],
 [
  "IFS=:; x=a:b:c; set -- $x; echo $#",
  "3\n",
  0
 ],
 [
  "echo ~ ~/x",
  "/home/student /home/student/x\n",
  0
 ],
 [
  "x=~; echo $x",
  "/home/student\n",
  0
 ],
 [
  "mkdir d; touch d/a d/b; echo d/*; echo \"d/*\"",
  "d/a d/b\nd/*\n",
  0
 ],
 [
  "echo $(echo a; echo b)",
  "a b\n",
  0
 ],
 [
  "echo \"$(printf 'a\\n\\n\\n')\"x",
  "ax\n",
  0
 ],
 [
  "false | true; echo $?",
  "0\n",
  0
 ],
 [
  "true | false; echo $?",
  "1\n",
  0
 ],
 [
  "! true; echo $?",
  "1\n",
  0
 ],
 [
  "set -e; false || echo handled; echo after",
  "handled\nafter\n",
  0
 ],
 [
  "set -e; if false; then :; fi; echo ok",
  "ok\n",
  0
 ],
 [
  "(exit 3); echo $?",
  "3\n",
  0
 ],
 [
  "{ echo a; echo b; } | wc -l",
  "2\n",
  0
 ],
 [
  "x=outer; f() { x=inner; }; f; echo $x",
  "inner\n",
  0
 ],
 [
  "x=1; f() { local x=2; g; }; g() { echo $x; }; f; echo $x",
  "2\n1\n",
  0
 ],
 [
  "echo ${#}",
  "0\n",
  0
 ],
 [
  "set -- a b c; shift; echo \"$@\"",
  "b c\n",
  0
 ],
 [
  "echo $$ >/dev/null; echo ${PPID:+ppid}",
  "ppid\n",
  0
 ],
 [
  "echo \"${x-default}\" \"${x:-default2}\"; x=; echo \"[${x-d}]\" \"[${x:-d}]\"",
  "default default2\n[] [d]\n",
  0
 ],
 [
  "x=hello; echo ${x%l*} ${x%%l*} ${x#*l} ${x##*l}",
  "hel he lo o\n",
  0
 ],
 [
  "cat <<'EOF'\n$HOME is literal\nEOF",
  "$HOME is literal\n",
  0
 ],
 [
  "cat <<EOF\nhome=$HOME\nEOF",
  "home=/home/student\n",
  0
 ],
 [
  "cat <<-EOF\n\ttabbed\n\tEOF",
  "tabbed\n",
  0
 ],
 [
  "a=1 b=2; echo $a$b",
  "12\n",
  0
 ],
 [
  "export FOO=bar; env | grep ^FOO",
  "FOO=bar\n",
  0
 ],
 [
  "FOO=tmp env | grep ^FOO; echo \"[$FOO]\"",
  "FOO=tmp\n[]\n",
  0
 ],
 [
  "echo a b | { read x y; echo \"$y $x\"; }",
  "b a\n",
  0
 ],
 [
  "x=$(exit 5); echo $?",
  "5\n",
  0
 ],
 [
  "echo `echo \\`echo nested\\``",
  "nested\n",
  0
 ],
 [
  "trap 'echo bye' EXIT; echo main",
  "main\nbye\n",
  0
 ],
 [
  "trap 'echo int' INT; trap",
  "trap -- 'echo int' INT\n",
  0
 ],
 [
  "trap - EXIT; trap",
  "",
  0
 ],
 [
  "echo *nomatch*",
  "*nomatch*\n",
  0
 ],
 [
  "set -f; echo *; set +f",
  "*\n",
  0
 ],
 [
  "echo a; exit; echo b",
  "a\n",
  0
 ],
 [
  "false; echo $?; true; echo $?",
  "1\n0\n",
  0
 ],
 [
  "while read line; do echo \"got $line\"; done <<EOF\none\ntwo\nEOF",
  "got one\ngot two\n",
  0
 ],
 [
  "echo 'a\"b' \"c'd\" a\\ b",
  "a\"b c'd a b\n",
  0
 ],
 [
  "echo \"tab\there\" | cat -A",
  "tab^Ihere$\n",
  0
 ],
 [
  "x=\"a  b\"; echo $x; echo \"$x\"",
  "a b\na  b\n",
  0
 ],
 [
  "printf '%s\\n' \"$@\" x",
  "x\n",
  0
 ],
 [
  "echo $#; set -- 1 2; echo $#",
  "0\n2\n",
  0
 ],
 [
  "test -n \"$HOME\" && echo home set",
  "home set\n",
  0
 ],
 [
  "v=abc; case $v in *b*) echo has b;; esac",
  "has b\n",
  0
 ],
 [
  "for f in; do echo never; done; echo end",
  "end\n",
  0
 ],
 [
  "for x do echo $x; done",
  "",
  0
 ],
 [
  "until true; do echo never; done; echo u",
  "u\n",
  0
 ],
 [
  "break 2>/dev/null; echo $?",
  "0\n",
  0
 ],
 [
  "for i in 1 2; do for j in a b; do echo $i$j; continue 2; done; done",
  "1a\n2a\n",
  0
 ],
 [
  "f() { echo in; return 4; echo no; }; f; echo $?",
  "in\n4\n",
  0
 ],
 [
  "echo ${x=assigned}; echo $x",
  "assigned\nassigned\n",
  0
 ],
 [
  "unset x; echo ${x:+alt}${x-none}",
  "none\n",
  0
 ],
 [
  "echo $(( (2+3)*4 )) $(( 7 % 3 )) $(( 2 > 1 )) $(( 0 || 5 ))",
  "20 1 1 1\n",
  0
 ],
 [
  "x=5; x=$((x*2)); echo $x",
  "10\n",
  0
 ],
 [
  "echo \"${HOME%/*}\"",
  "/home\n",
  0
 ],
 [
  "umask 077; umask; touch f; ls -l f | cut -c1-10",
  "0077\n-rw-------\n",
  0
 ],
 [
  "exec 3>&1; echo to3 >&3; exec 3>&-",
  "to3\n",
  0
 ],
 [
  "echo hi >&2 2>/dev/null",
  "hi\n",
  0
 ],
 [
  "ls nonexist 2>&1 | head -1",
  "ls: cannot access 'nonexist': No such file or directory\n",
  0
 ],
 [
  "command echo ok; command -p ls -d /",
  "ok\n/\n",
  0
 ],
 [
  "kill -0 $$; echo $?",
  "0\n",
  0
 ],
 [
  "kill 999999; echo $?",
  "dash: 1: kill: No such process\n\n1\n",
  0
 ],
 [
  "kill -l 9",
  "KILL\n",
  0
 ],
 [
  "times",
  "0m0.000000s 0m0.000000s\n0m0.000000s 0m0.000000s\n",
  0
 ],
 [
  "kill -l | head -20 | tr '\\n' ' '",
  "0 HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM 16 CHLD CONT STOP ",
  0
 ],
 [
  "kill -l 137",
  "KILL\n",
  0
 ],
 [
  "kill -s FOO 1",
  "dash: 1: kill: invalid signal number or name: FOO\n",
  2
 ],
 [
  "kill -FOO 1",
  "dash: 1: kill: Illegal option -F\n",
  2
 ],
 [
  "kill -9",
  "dash: 1: kill: Usage: kill [-s sigspec | -signum | -sigspec] [pid | job]... or\nkill -l [exitstatus]\n",
  2
 ],
 [
  "kill 1; echo $?",
  "dash: 1: kill: Operation not permitted\n\n1\n",
  0
 ],
 [
  "kill %1",
  "dash: 1: kill: No such job: %1\n",
  2
 ],
 [
  "kill abc",
  "dash: 1: kill: Illegal number: abc\n",
  2
 ],
 [
  "kill -s 0 $$; echo $?",
  "0\n",
  0
 ],
 [
  "kill -TERM 999999",
  "dash: 1: kill: No such process\n\n",
  1
 ],
 [
  "kill -sigterm 999999",
  "dash: 1: kill: invalid signal number or name: igterm\n",
  2
 ],
 [
  "kill -term 999999",
  "dash: 1: kill: No such process\n\n",
  1
 ],
 [
  "kill -l 0",
  "dash: 1: kill: invalid signal number or exit status: 0\n",
  2
 ],
 [
  "kill -l abc",
  "dash: 1: kill: Illegal number: abc\n",
  2
 ],
 [
  "kill -l 9 15",
  "KILL\n",
  0
 ],
 [
  "kill -- 999999",
  "dash: 1: kill: No such process\n\n",
  1
 ],
 [
  "kill -s",
  "dash: 1: kill: No arg for -s option\n",
  2
 ],
 [
  "kill\nset -x; echo \"a b\" c 'd' \"\" x=1 \"it's\" \"*\" in; y=2 z=\"p q\"; y=3 echo hi; f() { :; }; f arg; echo $(echo sub)",
  "dash: 1: kill: Usage: kill [-s sigspec | -signum | -sigspec] [pid | job]... or\nkill -l [exitstatus]\n+ echo a b c d  x=1 it's * in\na b c d  x=1 it's * in\n+ y=2 z=p q\n+ y=3 echo hi\nhi\n+ f arg\n+ :\n+ echo sub\n+ echo sub\nsub\n",
  0
 ],
 [
  "set -x; for i in 1 2; do echo $i; done; if true; then :; fi; case a in a) echo m;; esac",
  "+ echo 1\n1\n+ echo 2\n2\n+ true\n+ :\n+ echo m\nm\n",
  0
 ],
 [
  "set -x; x=$(echo in); echo \"$x\"; a=1 b=2",
  "+ echo in\n+ x=in\n+ echo in\nin\n+ a=1 b=2\n",
  0
 ],
 [
  "set -v; echo verbose",
  "verbose\n",
  0
 ],
 [
  "export -p | grep -v PWD; readonly -p",
  "export HOME='/home/student'\nexport LANG='C.UTF-8'\nexport PATH='/usr/local/bin:/usr/bin:/bin'\nexport USER='student'\n",
  0
 ],
 [
  "readonly ro=1; readonly -p; export ex=2; export -p | grep ex=",
  "readonly ro='1'\nexport ex='2'\n",
  0
 ],
 [
  "export x; export -p | grep ' x'",
  "export x\n",
  0
 ],
 [
  "trap -l",
  "dash: 1: trap: Illegal option -l\n",
  2
 ],
 [
  "trap \"echo hi\" INT TERM; trap",
  "trap -- 'echo hi' INT\ntrap -- 'echo hi' TERM\n",
  0
 ],
 [
  "trap \"\" HUP; trap",
  "trap -- '' HUP\n",
  0
 ],
 [
  "trap 'echo exit' 0; trap",
  "trap -- 'echo exit' EXIT\nexit\n",
  0
 ],
 [
  "(exit 4); echo $?; ( echo sub; exit 5 ); echo $?",
  "4\nsub\n5\n",
  0
 ],
 [
  "f() echo body; f",
  "body\n",
  0
 ],
 [
  "f() if true; then echo iff; fi; f",
  "iff\n",
  0
 ],
 [
  "f() for x in a; do echo $x; done; f",
  "a\n",
  0
 ],
 [
  "cat <<EOF\nunterminated",
  "unterminated",
  0
 ],
 [
  "echo a$'x'b",
  "a$xb\n",
  0
 ],
 [
  "x=$'tab'; echo \"$x\"",
  "$tab\n",
  0
 ],
 [
  "command -v ls echo nosuch; echo $?",
  "/usr/bin/ls\n0\n",
  0
 ],
 [
  "command -V ls nosuch; echo $?",
  "ls is /usr/bin/ls\n0\n",
  0
 ],
 [
  "echo ${#HOME} ${HOME#/home/}",
  "13 student\n",
  0
 ],
 [
  "x=abc; echo ${x#} ${x%} ${#x}",
  "abc abc 3\n",
  0
 ],
 [
  "echo ${x:-a b} ${x-\"q r\"}",
  "a b q r\n",
  0
 ],
 [
  "echo \"${x:-$(echo sub)}\"",
  "sub\n",
  0
 ],
 [
  "set -- a b c; echo ${#@} ${#*}",
  "5 5\n",
  0
 ],
 [
  "echo $@ $* \"$@\"",
  "\n",
  0
 ],
 [
  "echo \"${1:-none}\"",
  "none\n",
  0
 ],
 [
  "a=; echo ${a:=filled} $a",
  "filled filled\n",
  0
 ],
 [
  "echo $((x=7)) $x; unset x; echo $(( x + 1 ))",
  "7 7\n1\n",
  0
 ],
 [
  "set -u; echo $((y+1))",
  "1\n",
  0
 ],
 [
  "x=1; echo $((x == 1 ? 10 : 20))",
  "10\n",
  0
 ],
 [
  "echo $(( 1 << 62 )) $(( -1 >> 1 )) $(( ~5 )) $(( !5 )) $(( 5 ^ 3 )) $(( 6 & 3 )) $(( 6 | 3 ))",
  "4611686018427387904 -1 -6 0 6 2 7\n",
  0
 ],
 [
  "x=5; echo $(( x *= 2 )) $(( x -= 3 )) $(( x /= 2 )) $(( x %= 2 )) $(( x <<= 3 )) $(( x >>= 1 )) $(( x |= 1 )) $(( x &= 6 )) $(( x ^= 1 ))",
  "10 7 3 1 8 4 5 4 5\n",
  0
 ],
 [
  "echo $(( 2 + 3 * 4 - 6 / 2 )) $(( (2 + 3) * 4 )) $(( 10 % 4 * 3 )) $(( 1 + 2 < 4 )) $(( 1 < 2 == 1 ))",
  "11 20 6 1 1\n",
  0
 ],
 [
  "readonly r=5; echo $((r=1))",
  "dash: 1: r: is read only\n",
  2
 ],
 [
  "echo $((0 ? x=1 : 2)); echo \"[$x]\"",
  "2\n[]\n",
  0
 ],
 [
  "echo $((1 || y=3)); echo \"[$y]\"",
  "dash: 1: arithmetic expression: expecting EOF: \"1 || y=3\"\n",
  2
 ],
 [
  "x=1+1; echo $((x))",
  "dash: 1: Illegal number: 1+1\n",
  2
 ],
 [
  "echo $(( 0x7fffffffffffffff * 2 )) $(( -0x10 ))",
  "-2 -16\n",
  0
 ],
 [
  "echo $(( 1 +\n2 ))",
  "3\n",
  0
 ],
 [
  "echo $((a b))",
  "dash: 1: arithmetic expression: expecting EOF: \"a b\"\n",
  2
 ],
 [
  "echo $(((1+2)*(3+4)))",
  "21\n",
  0
 ],
 [
  "echo $(( 4 > 3 > 2 ))",
  "0\n",
  0
 ],
 [
  "i=0; while [ $i -lt 5 ]; do i=$((i + 1)); done; echo $i",
  "5\n",
  0
 ],
 [
  "echo \"$(( $(echo 2) * 3 ))\"",
  "6\n",
  0
 ],
 [
  "echo $((10/3)) $((-10/3)) $((10%-3)) $((-10%3))",
  "3 -3 1 -1\n",
  0
 ],
 [
  "n=08; echo $((n))",
  "dash: 1: Illegal number: 08\n",
  2
 ],
 [
  "n=-; echo $((n))",
  "dash: 1: Illegal number: -\n",
  2
 ],
 [
  "n=\" \"; echo $((n+1))",
  "1\n",
  0
 ],
 [
  "echo $(( 1 )) $(( 01 )) $(( 0 ))\nalias x='echo aliased'\nx hi",
  "1 1 0\naliased hi\n",
  0
 ],
 [
  "alias x='echo aliased'; x hi",
  "dash: 1: x: not found\n",
  127
 ],
 [
  "trap -p",
  "dash: 1: trap: Illegal option -p\n",
  2
 ],
 [
  "ulimit; ulimit -n",
  "unlimited\n1024\n",
  0
 ],
 [
  "set -e; (false); echo after",
  "",
  1
 ],
 [
  "set -e; false && true; echo survived",
  "survived\n",
  0
 ],
 [
  "set -e; x=$(false); echo \"after $?\"",
  "",
  1
 ],
 [
  "set -e; f() { false; echo in f; }; f; echo after",
  "",
  1
 ],
 [
  "set -e; ! true; echo notexit",
  "notexit\n",
  0
 ],
 [
  "set -e; true | false; echo after",
  "",
  1
 ],
 [
  "set -n; echo notrun",
  "",
  0
 ],
 [
  "echo $(( $# + 1 ))",
  "1\n",
  0
 ],
 [
  "printf '%s\\n' a b | while read l; do echo \"<$l>\"; done",
  "<a>\n<b>\n",
  0
 ],
 [
  "x=1; { x=2; }; echo $x; (x=3); echo $x",
  "2\n2\n",
  0
 ],
 [
  "IFS=, ; set -- \"a,b\" c; echo $1; for i in $1; do echo $i; done",
  "a b\na\nb\n",
  0
 ],
 [
  "echo 'It''s'",
  "Its\n",
  0
 ],
 [
  "echo \"a\" 'b' c\\ d \"e\\\"f\" 'g\\h'",
  "a b c d e\"f g\\h\n",
  0
 ],
 [
  "echo \"\\\\\" '\\\\' \\\\",
  "\\ \\ \\\n",
  0
 ],
 [
  "echo \"\\$HOME\" '$HOME' \\$HOME",
  "$HOME $HOME $HOME\n",
  0
 ],
 [
  "echo `echo \"a\\\\\\\\b\"`",
  "a\b\n",
  0
 ],
 [
  "echo $(echo \"a\\\\\\\\b\")",
  "a\b\n",
  0
 ],
 [
  "VAR=x; echo \"${VAR}y\" ${VAR}y $VARy",
  "xy xy\n",
  0
 ],
 [
  "echo *.nope 2>&1; ls *.nope 2>&1",
  "*.nope\nls: cannot access '*.nope': No such file or directory\n",
  2
 ],
 [
  "f() { echo \"$0 $1\"; }; f one",
  "dash one\n",
  0
 ],
 [
  "echo $# \"$0\"",
  "0 dash\n",
  0
 ],
 [
  "true; echo $?; false; echo $?; nosuch 2>/dev/null; echo $?; /etc/passwd; echo $?",
  "0\n1\n127\ndash: 1: /etc/passwd: Permission denied\n126\n",
  0
 ],
 [
  "/etc; echo $?",
  "dash: 1: /etc: Permission denied\n126\n",
  0
 ],
 [
  "cd nonexist 2>&1; echo $?",
  "dash: 1: cd: can't cd to nonexist\n2\n",
  0
 ],
 [
  "echo foo | tee f >/dev/null; cat f",
  "foo\n",
  0
 ],
 [
  "cat nofile 2>&1; echo $?",
  "cat: nofile: No such file or directory\n1\n",
  0
 ],
 [
  "ls -d / /nonexistent 2>&1; echo $?",
  "ls: cannot access '/nonexistent': No such file or directory\n/\n2\n",
  0
 ],
 [
  "sleep 0; echo slept",
  "slept\n",
  0
 ],
 [
  "test \"$(whoami)\" = student && echo me",
  "me\n",
  0
 ],
 [
  "[ \"$(id -u)\" -ge 0 ] && echo uid",
  "uid\n",
  0
 ],
 [
  "case \"hello\" in h*o) echo match;; esac",
  "match\n",
  0
 ],
 [
  "case \"a.b\" in *.*) echo dot;; esac",
  "dot\n",
  0
 ],
 [
  "case x in [abc]) echo no;; [!abc]) echo yes;; esac",
  "yes\n",
  0
 ],
 [
  "x=\"*\"; case abc in $x) echo glob;; esac; case abc in \"$x\") echo lit;; esac",
  "glob\n",
  0
 ],
 [
  "echo $((0x10 + 010 + 10))",
  "34\n",
  0
 ],
 [
  "printf '%s %s\\n' one",
  "one \n",
  0
 ],
 [
  "printf '[%5d]\\n' -42",
  "[  -42]\n",
  0
 ],
 [
  "printf '[%-8s]\\n' hi\ncat <(echo hi)",
  "[hi      ]\ndash: 2: Syntax error: \"(\" unexpected\n",
  2
 ],
 [
  "echo $[1+1]",
  "$[1+1]\n",
  0
 ],
 [
  "x=ABC; echo ${x,,}",
  "dash: 1: Bad substitution\n",
  2
 ],
 [
  "declare -a arr; echo $?",
  "dash: 1: declare: not found\n127\n",
  0
 ],
 [
  "mapfile arr </dev/null; echo $?",
  "dash: 1: mapfile: not found\n127\n",
  0
 ],
 [
  "shopt -s nullglob; echo $?",
  "dash: 1: shopt: not found\n127\n",
  0
 ],
 [
  "pushd /tmp; echo $?",
  "dash: 1: pushd: not found\n127\n",
  0
 ],
 [
  "echo {1..3}",
  "{1..3}\n",
  0
 ],
 [
  "for i in {1..3}; do echo $i; done",
  "{1..3}\n",
  0
 ],
 [
  "echo $((16#ff))",
  "dash: 1: arithmetic expression: expecting EOF: \"16#ff\"\n",
  2
 ],
 [
  "((i++)); echo $?",
  "dash: 1: i++: not found\n127\n",
  0
 ],
 [
  "set -o posix; echo $?",
  "dash: 1: set: Illegal option -o posix\n",
  2
 ],
 [
  "echo \"[$BASH_VERSION]\"",
  "[]\n",
  0
 ],
 [
  "type -t ls",
  "-t: not found\nls is /usr/bin/ls\n",
  127
 ],
 [
  "help; echo $?",
  "dash: 1: help: not found\n127\n",
  0
 ],
 [
  "builtin echo hi",
  "dash: 1: builtin: not found\n",
  127
 ],
 [
  "enable -n echo",
  "dash: 1: enable: not found\n",
  127
 ],
 [
  "caller; echo $?",
  "dash: 1: caller: not found\n127\n",
  0
 ],
 [
  "echo ${#arr[@]}",
  "dash: 1: Bad substitution\n",
  2
 ],
 [
  "arr[0]=x; echo $?",
  "dash: 1: arr[0]=x: not found\n127\n",
  0
 ],
 [
  "f() { local -a x; }; f; echo $?",
  "dash: 1: local: -a: bad variable name\n",
  2
 ],
 [
  "read -a x <<< \"a b\"; echo $?",
  "dash: 1: Syntax error: redirection unexpected\n",
  2
 ],
 [
  "echo $EUID $UID",
  "\n",
  0
 ],
 [
  "echo ${FUNCNAME}",
  "\n",
  0
 ],
 [
  "[ -a /etc ]; echo $?",
  "dash: 1: [: -a: unexpected operator\n2\n",
  0
 ],
 [
  "test -e /etc -a -d /etc; echo $?",
  "0\n",
  0
 ],
 [
  "echo $'\\x41'",
  "$\\x41\n",
  0
 ],
 [
  "exec 3< /etc/hostname; read -r x <&3; echo got; exec 3<&-",
  "got\n",
  0
 ],
 [
  "cd /; cd - >/dev/null; echo $?",
  "0\n",
  0
 ],
 [
  "x=5; [ $((x % 2)) -eq 1 ] && echo odd",
  "odd\n",
  0
 ],
 [
  "read a <<-EOF\n\ttabbed\n\tEOF\necho \"$a\"",
  "tabbed\n",
  0
 ],
 [
  "printf 'a\\\\\\nb\\n' | { read x; echo \"[$x]\"; }",
  "[ab]\n",
  0
 ],
 [
  "printf 'a\\\\\\nb\\n' | { read -r x; echo \"[$x]\"; }",
  "[a\\]\n",
  0
 ],
 [
  "printf '%s|%s\\n' é ü",
  "é|ü\n",
  0
 ],
 [
  "printf '%.1s|\\n' é",
  "�|\n",
  0
 ],
 [
  "printf '%5s|\\n' é",
  "   é|\n",
  0
 ],
 [
  "echo \"é\" | wc -c",
  "3\n",
  0
 ],
 [
  "x=é; echo ${#x}",
  "2\n",
  0
 ],
 [
  "set -- $(echo \"a b c\"); echo $#",
  "3\n",
  0
 ],
 [
  "set -- \"$(echo \"a b c\")\"; echo $#",
  "1\n",
  0
 ],
 [
  "echo $(printf 'a\\nb')",
  "a b\n",
  0
 ],
 [
  "IFS= ; x=\"a b\"; set -- $x; echo $#",
  "1\n",
  0
 ],
 [
  "unset IFS; x=\"a:b\"; IFS=:; echo $x",
  "a b\n",
  0
 ],
 [
  "f() { echo \"$@\"; }; f \"a b\" c; f",
  "a b c\n\n",
  0
 ],
 [
  "f() { shift; echo \"$#\"; }; f 1 2 3",
  "2\n",
  0
 ],
 [
  "f() { return; }; false; f; echo $?",
  "1\n",
  0
 ],
 [
  "g() { exit 6; }; (g); echo $?",
  "6\n",
  0
 ],
 [
  "echo \"${x:=$(echo c)}\"; echo $x",
  "c\nc\n",
  0
 ],
 [
  "cat /etc/hostname >/dev/null && echo readable",
  "readable\n",
  0
 ],
 [
  "command -v cd; command -v ls; command -v nope || echo missing",
  "cd\n/usr/bin/ls\nmissing\n",
  0
 ],
 [
  "if command -v docker >/dev/null; then echo has-docker; else echo no-docker; fi",
  "has-docker\n",
  0
 ],
 [
  "[ \"$USER\" = student ] && echo yes\ntrap 'echo trap $?' EXIT; false",
  "yes\ntrap 1\n",
  1
 ],
 [
  "trap 'echo trap $?' EXIT; exit 4",
  "trap 4\n",
  4
 ],
 [
  "trap 'echo trap $?' EXIT; echo ${x?oops}",
  "dash: 1: x: oops\ntrap 2\n",
  2
 ],
 [
  "trap 'echo trap $?' EXIT; if then",
  "dash: 1: Syntax error: \"then\" unexpected\n",
  2
 ],
 [
  "set -e; trap 'echo cleanup' EXIT; false; echo no",
  "cleanup\n",
  1
 ],
 [
  "trap 'echo in trap; exit 9' EXIT; exit 1",
  "in trap\n",
  9
 ],
 [
  "f() { trap 'echo ft' EXIT; }; f; echo after",
  "after\nft\n",
  0
 ],
 [
  "set -e; cd /nonexist; echo no",
  "dash: 1: cd: can't cd to /nonexist\n",
  2
 ],
 [
  "set -e; x=$(false) || echo caught; echo $x",
  "caught\n\n",
  0
 ],
 [
  "set -e; false; echo no",
  "",
  1
 ],
 [
  "set -eu; echo ${undefined-}ok; echo $undefined2",
  "ok\ndash: 1: undefined2: parameter not set\n",
  2
 ],
 [
  "set -e; for i in 1 2; do false; done; echo no",
  "",
  1
 ],
 [
  "set -e; while false; do :; done; echo ok",
  "ok\n",
  0
 ],
 [
  "set -e; [ 1 = 2 ]; echo no",
  "",
  1
 ],
 [
  "set -e; f() { return 3; }; f || echo \"f failed $?\"",
  "f failed 3\n",
  0
 ],
 [
  "echo $(exit 3; echo no) $?",
  "0\n",
  0
 ],
 [
  "sleep 0 & wait $!; echo $?",
  "0\n",
  0
 ],
 [
  "(echo sub; exit 2) &\nwait; echo waited",
  "sub\nwaited\n",
  0
 ],
 [
  "false & wait $!; echo $?",
  "1\n",
  0
 ],
 [
  "set -- one two; eval 'echo $2 $1'",
  "two one\n",
  0
 ],
 [
  "cmd='echo evald'; eval \"$cmd\"",
  "evald\n",
  0
 ],
 [
  "eval 'x=1; y=2'; echo $x$y",
  "12\n",
  0
 ],
 [
  "eval 'return 3'; echo $?",
  "",
  3
 ],
 [
  "eval ': ${x?gone}'; echo after",
  "dash: 1: eval: x: gone\n",
  2
 ],
 [
  "eval 'exit 5'; echo no",
  "",
  5
 ],
 [
  ". /dev/null; echo $?",
  "0\n",
  0
 ],
 [
  "printf 'x=sourced\\n' > lib.sh; . ./lib.sh; echo $x",
  "sourced\n",
  0
 ],
 [
  "printf 'echo \"args: $#\"\\n' > lib.sh; . ./lib.sh a b; echo $#",
  "args: 0\n0\n",
  0
 ],
 [
  "printf 'exit 7\\n' > lib.sh; . ./lib.sh; echo no",
  "",
  7
 ],
 [
  "printf 'return 4\\necho no\\n' > lib.sh; . ./lib.sh; echo $?",
  "4\n",
  0
 ],
 [
  "mkdir d; . ./d; echo $?",
  "0\n",
  0
 ],
 [
  ". lib.sh; echo $?",
  "dash: 1: .: lib.sh: not found\n",
  2
 ],
 [
  "PATH=.:$PATH; printf 'echo found in path\\n' > lib.sh; . lib.sh",
  "found in path\n",
  0
 ],
 [
  "echo a > f; . f",
  "dash: 1: .: f: not found\n",
  2
 ],
 [
  "cat f 2>&1; echo $?\nexit 1 2",
  "cat: f: No such file or directory\n1\n",
  1
 ],
 [
  "exit \" 3 \"",
  "",
  3
 ],
 [
  "(exit 256); echo $?",
  "0\n",
  0
 ],
 [
  "shift x",
  "dash: 1: shift: Illegal number: x\n",
  2
 ],
 [
  "shift 0; echo $?",
  "0\n",
  0
 ],
 [
  "set -- a b; shift 1 2; echo $? $#",
  "0 1\n",
  0
 ],
 [
  "break x",
  "dash: 1: break: Illegal number: x\n",
  2
 ],
 [
  "for i in 1; do break 0; done",
  "dash: 1: break: Illegal number: 0\n",
  2
 ],
 [
  "for i in 1 2; do continue 5; done; echo ok",
  "ok\n",
  0
 ],
 [
  "while :; do break 99; done; echo out",
  "out\n",
  0
 ],
 [
  "local; echo $?",
  "dash: 1: local: not in a function\n",
  2
 ],
 [
  "f() { local x=1 y; echo \"[$x][$y]\"; local; }; f",
  "[1][]\n",
  0
 ],
 [
  "f() { local 1x=2; }; f; echo no",
  "dash: 1: 1x: bad variable name\n",
  2
 ],
 [
  "readonly; echo $?",
  "0\n",
  0
 ],
 [
  "readonly -p | head -1",
  "",
  0
 ],
 [
  "export -n x",
  "dash: 1: export: Illegal option -n\n",
  2
 ],
 [
  "export x=1 y; echo $x",
  "1\n",
  0
 ],
 [
  "unset -v 1x",
  "dash: 1: unset: 1x: bad variable name\n",
  2
 ],
 [
  "unset -z x",
  "dash: 1: unset: Illegal option -z\n",
  2
 ],
 [
  "getopts a; echo $?",
  "dash: 1: getopts: Usage: getopts optstring var [arg...]\n2\n",
  0
 ],
 [
  "getopts a b c; echo $? $b",
  "1 ?\n",
  0
 ],
 [
  "echo $OPTIND; getopts :a opt -z; echo \"$opt [$OPTARG] $OPTIND\"",
  "1\n? [z] 2\n",
  0
 ],
 [
  "getopts a: opt -a; echo \"$opt [$OPTARG] $?\"",
  "No arg for -a option\n? [] 0\n",
  0
 ],
 [
  "getopts :a: opt -a; echo \"$opt [$OPTARG] $?\"",
  ": [a] 0\n",
  0
 ],
 [
  "set -- -ab -c; while getopts abc o; do echo $o; done; echo $OPTIND",
  "a\nb\nc\n3\n",
  0
 ],
 [
  "umask 0777; umask; umask u=rwx,g=rx,o=; umask; umask -S",
  "0777\n0027\nu=rwx,g=rx,o=\n",
  0
 ],
 [
  "umask a+q",
  "dash: 1: umask: Illegal mode: a+q\n",
  2
 ],
 [
  "umask -p",
  "dash: 1: umask: Illegal option -p\n",
  2
 ],
 [
  "command -p echo hi",
  "hi\n",
  0
 ],
 [
  "command -x",
  "dash: 1: command: Illegal option -x\n",
  2
 ],
 [
  "command",
  "",
  0
 ],
 [
  "type",
  "",
  0
 ],
 [
  "hash -x",
  "dash: 1: hash: Illegal option -x\n",
  2
 ],
 [
  "alias -p",
  "alias: -p not found\n",
  1
 ],
 [
  "alias 'a b=c'; alias",
  "a b='c'\n",
  0
 ],
 [
  "unalias; echo $?",
  "0\n",
  0
 ],
 [
  "trap 'x' FOO BAR; echo $?",
  "trap: FOO: bad trap\n1\n",
  0
 ],
 [
  "trap '' 99; echo $?",
  "trap: 99: bad trap\n1\n",
  0
 ],
 [
  "trap 'echo t' 1 2; trap",
  "trap -- 'echo t' HUP\ntrap -- 'echo t' INT\n",
  0
 ],
 [
  "trap -- 'echo dd' EXIT",
  "dd\n",
  0
 ],
 [
  "trap 'echo t' exit; trap",
  "trap -- 'echo t' EXIT\nt\n",
  0
 ],
 [
  "times; echo $?",
  "0m0.000000s 0m0.000000s\n0m0.000000s 0m0.000000s\n0\n",
  0
 ],
 [
  "read -r; echo $?",
  "dash: 1: read: arg count\n2\n",
  0
 ],
 [
  "read -p; echo $?",
  "dash: 1: read: No arg for -p option\n2\n",
  0
 ],
 [
  "read -rp \"x\" v < /dev/null; echo $?",
  "1\n",
  0
 ],
 [
  "echo | read v; echo \"$? [$v]\"",
  "0 []\n",
  0
 ],
 [
  "cd -P /bin && echo ok",
  "ok\n",
  0
 ],
 [
  "cd -x /tmp",
  "dash: 1: cd: Illegal option -x\n",
  2
 ],
 [
  "cd -- /tmp && echo dd",
  "dd\n",
  0
 ],
 [
  "fg",
  "dash: 1: fg: No current job\n",
  2
 ],
 [
  "bg",
  "dash: 1: bg: No current job\n",
  2
 ],
 [
  "jobs -l; echo $?",
  "0\n",
  0
 ],
 [
  "wait 1; echo $?",
  "127\n",
  0
 ],
 [
  "eval; echo $?",
  "0\n",
  0
 ],
 [
  "eval \"\" ; echo $?",
  "0\n",
  0
 ],
 [
  "exec; echo $?",
  "0\n",
  0
 ],
 [
  "true --help; false -x; echo $?",
  "1\n",
  0
 ],
 [
  ": arguments; echo $?",
  "0\n",
  0
 ],
 [
  "echo \"done\"\nx=~/a:~/b; echo $x",
  "done\n/home/student/a:/home/student/b\n",
  0
 ],
 [
  "echo a=~ ~user 2>&1",
  "a=~ ~user\n",
  0
 ],
 [
  "export y=~; echo $y",
  "/home/student\n",
  0
 ],
 [
  "local_test() { local z=~; echo $z; }; local_test",
  "/home/student\n",
  0
 ],
 [
  "echo ~root ~nosuchuser",
  "/root ~nosuchuser\n",
  0
 ],
 [
  "x=\"~\"; echo $x",
  "~\n",
  0
 ],
 [
  "cd ~ && echo ok",
  "ok\n",
  0
 ],
 [
  "echo ${HOME:+~}",
  "/home/student\n",
  0
 ],
 [
  "set -- \"~\"; echo $1",
  "~\n",
  0
 ],
 [
  "echo \"$(echo '$x')\"",
  "$x\n",
  0
 ],
 [
  "x=1; echo '$x' \"$x\" \\$x",
  "$x 1 $x\n",
  0
 ],
 [
  "printf '%s\\n' \"$(printf 'a\\tb')\"",
  "a\tb\n",
  0
 ],
 [
  "echo $(( $(printf 3) + 1 ))",
  "4\n",
  0
 ],
 [
  "for i in a b; do echo $i; done > out; cat out",
  "a\nb\n",
  0
 ],
 [
  "{ echo 1; echo 2 >&2; } 2>&1 | sort",
  "1\n2\n",
  0
 ],
 [
  "echo a | cat | cat | cat",
  "a\n",
  0
 ],
 [
  "x=$( (echo sub) ); echo $x",
  "sub\n",
  0
 ],
 [
  "case $((1+1)) in 2) echo two;; esac",
  "two\n",
  0
 ],
 [
  "if [ -z \"\" ]; then echo empty; elif true; then echo no; else echo no; fi",
  "empty\n",
  0
 ],
 [
  "set -- 1 2 3 4 5 6 7 8 9 10 11; echo ${11} $11",
  "11 11\n",
  0
 ],
 [
  "echo ${10:-x}",
  "x\n",
  0
 ],
 [
  "echo \"$*\" | tr ' ' ,",
  "\n",
  0
 ],
 [
  "IFS=-; set -- a b c; echo \"$*\"",
  "a-b-c\n",
  0
 ],
 [
  "echo $((1)) ${#1} $#",
  "1 0 0\n",
  0
 ],
 [
  "printf '%d-%d\\n' 1 2 3",
  "1-2\n3-0\n",
  0
 ],
 [
  "printf '%s' 'no newline'",
  "no newline",
  0
 ],
 [
  "echo -n; echo \"[${x-unset}]\"",
  "[unset]\n",
  0
 ],
 [
  "command -v ls >/dev/null; type ls; command -V cat; type cat; which ls >/dev/null; type which",
  "ls is a tracked alias for /usr/bin/ls\ncat is /usr/bin/cat\ncat is a tracked alias for /usr/bin/cat\nwhich is a tracked alias for /usr/bin/which\n",
  0
 ]
];

export const dashFile: RecordedCase[] = [
 [
  "echo $0 $1 $#\nnosuch\necho $?\ncd /x\nif then\necho not reached",
  "s.sh arg1 1\ns.sh: 2: nosuch: not found\n127\ns.sh: 4: cd: can't cd to /x\ns.sh: 5: Syntax error: \"then\" unexpected\n",
  2
 ],
 [
  "echo start\nif true; then\n  echo in",
  "start\ns.sh: 4: Syntax error: end of file unexpected (expecting \"fi\")\n",
  2
 ],
 [
  "echo start\nwhile true",
  "start\ns.sh: 3: Syntax error: end of file unexpected (expecting \"do\")\n",
  2
 ],
 [
  "echo start\nfor x in a b",
  "start\ns.sh: 3: Syntax error: end of file unexpected (expecting \"do\")\n",
  2
 ],
 [
  "for x in a b; do\n  echo $x",
  "s.sh: 3: Syntax error: end of file unexpected (expecting \"done\")\n",
  2
 ],
 [
  "case a in",
  "s.sh: 2: Syntax error: end of file unexpected (expecting \")\")\n",
  2
 ],
 [
  "case a in x) echo",
  "s.sh: 2: Syntax error: end of file unexpected (expecting \";;\")\n",
  2
 ],
 [
  "case a in x) echo a ) ;; esac",
  "s.sh: 1: Syntax error: \")\" unexpected (expecting \";;\")\n",
  2
 ],
 [
  "echo \"unterminated\necho more",
  "s.sh: 3: Syntax error: Unterminated quoted string\n",
  2
 ],
 [
  "echo 'single",
  "s.sh: 2: Syntax error: Unterminated quoted string\n",
  2
 ],
 [
  "echo $(echo a",
  "s.sh: 2: Syntax error: end of file unexpected (expecting \")\")\n",
  2
 ],
 [
  "echo `echo a",
  "s.sh: 2: Syntax error: EOF in backquote substitution\n",
  2
 ],
 [
  "echo $((1+2",
  "s.sh: 2: Syntax error: Missing '))'\n",
  2
 ],
 [
  "{ echo a",
  "s.sh: 2: Syntax error: end of file unexpected (expecting \"}\")\n",
  2
 ],
 [
  "( echo a",
  "s.sh: 2: Syntax error: end of file unexpected (expecting \")\")\n",
  2
 ],
 [
  "f()",
  "s.sh: 2: Syntax error: end of file unexpected\n",
  2
 ],
 [
  "echo a |",
  "s.sh: 2: Syntax error: end of file unexpected\n",
  2
 ],
 [
  "echo a &&",
  "s.sh: 2: Syntax error: end of file unexpected\n",
  2
 ],
 [
  "echo >",
  "s.sh: 2: Syntax error: newline unexpected\n",
  2
 ],
 [
  "echo a\n)\necho b",
  "a\ns.sh: 2: Syntax error: \")\" unexpected\n",
  2
 ],
 [
  "echo a; fi",
  "s.sh: 1: Syntax error: \"fi\" unexpected\n",
  2
 ],
 [
  "echo a\necho b; done",
  "a\ns.sh: 2: Syntax error: \"done\" unexpected\n",
  2
 ],
 [
  "if true; then echo a; fi; fi",
  "s.sh: 1: Syntax error: \"fi\" unexpected\n",
  2
 ],
 [
  "x=$(\nnosuch\n)",
  "s.sh: 2: nosuch: not found\n",
  127
 ],
 [
  "cat <<EOF\na\nEOF\nnosuch",
  "a\ns.sh: 4: nosuch: not found\n",
  127
 ],
 [
  "cat <<EOF\nline",
  "line\n",
  0
 ],
 [
  "echo a ;;",
  "s.sh: 1: Syntax error: \";;\" unexpected\n",
  2
 ],
 [
  "f() { echo in f; nosuch; }\nf\necho $?",
  "in f\ns.sh: 1: nosuch: not found\n127\n",
  0
 ],
 [
  "set -e\necho a\nfalse\necho b",
  "a\n",
  1
 ],
 [
  "set -u\necho $undefined_var\necho after",
  "s.sh: 2: undefined_var: parameter not set\n",
  2
 ],
 [
  "echo ${1?}",
  "arg1\n",
  0
 ],
 [
  "readonly x=1\nx=2\necho after",
  "s.sh: 2: x: is read only\n",
  2
 ],
 [
  "echo a > /x/y\necho $?\n. /nofile\necho after",
  "s.sh: 1: cannot create /x/y: Directory nonexistent\n2\ns.sh: 3: .: cannot open /nofile: No such file\n",
  2
 ],
 [
  "printf 'nosuch\\n' > lib\n. ./lib\necho $?",
  "s.sh: 1: ./lib: nosuch: not found\n127\n",
  0
 ],
 [
  "printf 'echo in lib\\nreturn 5\\necho no\\n' > lib\n. ./lib\necho $?",
  "in lib\n5\n",
  0
 ],
 [
  "printf 'if then\\n' > lib\n. ./lib\necho after",
  "s.sh: 1: ./lib: Syntax error: \"then\" unexpected\n",
  2
 ],
 [
  "trap 'echo trapped' EXIT\necho body\nexit 3",
  "body\ntrapped\n",
  3
 ],
 [
  "f() {\n  local x=1\n  echo $x\n}\nf\necho \"[$x]\"",
  "1\n[]\n",
  0
 ],
 [
  "getopts",
  "s.sh: 1: getopts: Usage: getopts optstring var [arg...]\n",
  2
 ],
 [
  "getopts ab: opt -a -b val -c\necho $opt $OPTARG $OPTIND\ngetopts ab: opt -a -b val -c\necho $opt $OPTARG $OPTIND\ngetopts ab: opt -a -b val -c\necho $opt $OPTARG $OPTIND",
  "a 2\nb val 4\nIllegal option -c\n? 5\n",
  0
 ],
 [
  "set -- -a -x\nwhile getopts a opt; do echo \"$opt [$OPTARG]\"; done",
  "a []\nIllegal option -x\n? []\n",
  0
 ],
 [
  "set -- -b\ngetopts b: opt; echo \"$? $opt\"",
  "No arg for -b option\n0 ?\n",
  0
 ],
 [
  "echo \"\\$- is [$-]\"\nset -x\necho traced \"a b\" 'c'\nx=1 y=\"p q\"\nset +x",
  "$- is []\n+ echo traced a b c\ntraced a b c\n+ x=1 y=p q\n+ set +x\n",
  0
 ],
 [
  "ls /nonexistent\necho $?",
  "ls: cannot access '/nonexistent': No such file or directory\n2\n",
  0
 ],
 [
  "./nope\necho $?",
  "s.sh: 1: ./nope: not found\n127\n",
  0
 ],
 [
  "printf 'echo hi\\n' > noexec.sh\n./noexec.sh\necho $?",
  "s.sh: 2: ./noexec.sh: Permission denied\n126\n",
  0
 ],
 [
  "mkdir d\n./d\necho $?",
  "s.sh: 2: ./d: Permission denied\n126\n",
  0
 ],
 [
  "printf 'echo from script $0 $1\\nnosuch\\n' > t.sh\nchmod +x t.sh\n./t.sh x",
  "from script ./t.sh x\n./t.sh: 2: nosuch: not found\n",
  127
 ],
 [
  "printf '#!/bin/sh\\necho shebang $0\\nnosuch\\n' > t2.sh\nchmod +x t2.sh\n./t2.sh\nsh t2.sh",
  "shebang ./t2.sh\n./t2.sh: 3: nosuch: not found\nshebang t2.sh\nt2.sh: 3: nosuch: not found\n",
  127
 ],
 [
  "printf '#!/nonexistent/sh\\necho hi\\n' > t3.sh\nchmod +x t3.sh\n./t3.sh\necho $?",
  "s.sh: 3: ./t3.sh: not found\n127\n",
  0
 ]
];

/** Run as `bash -c SNIPPET` the same way: sh (dash on Debian) started from bash. */
export const shFromBash: RecordedCase[] = [
 [
  "sh -c 'echo $0; nosuch'; echo $?",
  "sh\nsh: 1: nosuch: not found\n127\n",
  0
 ],
 [
  "dash -c 'echo $0 $1 $2' name a b",
  "name a b\n",
  0
 ],
 [
  "sh -Q; echo $?",
  "sh: 0: Illegal option -Q\n2\n",
  0
 ],
 [
  "sh -c; echo $?",
  "sh: 0: -c requires an argument\n2\n",
  0
 ],
 [
  "sh nofile; echo $?",
  "sh: 0: cannot open nofile: No such file\n2\n",
  0
 ],
 [
  "sh /etc; echo $?",
  "0\n",
  0
 ],
 [
  "sh -o foo; echo $?",
  "sh: 0: Illegal option -o foo\n2\n",
  0
 ],
 [
  "sh --version; echo $?",
  "sh: 0: Illegal option --\n2\n",
  0
 ],
 [
  "echo 'echo from stdin $0; nosuch' | sh; echo $?",
  "from stdin sh\nsh: 1: nosuch: not found\n127\n",
  0
 ],
 [
  "echo 'echo \"[$1]\"' | sh -s x y",
  "[x]\n",
  0
 ],
 [
  "printf 'echo $0 $1\\nnosuch\\nexit 3\\n' > s; sh s arg; echo $?",
  "s arg\ns: 2: nosuch: not found\n3\n",
  0
 ],
 [
  "printf 'echo $0\\n' > s; chmod +x s; ./s",
  "./s\n",
  0
 ],
 [
  "printf '#!/bin/sh\\necho $0; [[ 1 ]]\\n' > s; chmod +x s; ./s; echo $?",
  "./s\n./s: 2: [[: not found\n127\n",
  0
 ],
 [
  "printf '#!/bin/bash\\n[[ 1 ]] && echo bash\\n' > s; chmod +x s; ./s",
  "bash\n",
  0
 ],
 [
  "sh -c 'echo -e \"a\\tb\"'",
  "-e a\tb\n",
  0
 ],
 [
  "sh -ec 'false; echo no'; echo $?",
  "1\n",
  0
 ],
 [
  "sh -x -c 'echo hi'",
  "+ echo hi\nhi\n",
  0
 ],
 [
  "sh -c 'exit 7'; echo $?",
  "7\n",
  0
 ],
 [
  "/bin/sh -c 'nosuch'",
  "/bin/sh: 1: nosuch: not found\n",
  127
 ],
 [
  "sh -c 'set -o pipefail' ; echo $?",
  "sh: 1: set: Illegal option -o pipefail\n2\n",
  0
 ],
 [
  "sh -c 'source /dev/null'; echo $?",
  "sh: 1: source: not found\n127\n",
  0
 ],
 [
  "sh -c 'echo ${x:-def} $((3*4))'",
  "def 12\n",
  0
 ],
 [
  "ls -l /bin/sh /usr/bin/sh | cut -c1-10,43-",
  "lrwxrwxrwx/sh -> dash\nlrwxrwxrwx/bin/sh -> dash\n",
  0
 ],
 [
  "readlink -f /bin/sh",
  "/usr/bin/dash\n",
  0
 ],
 [
  "type sh dash bash",
  "sh is /usr/bin/sh\ndash is /usr/bin/dash\nbash is /usr/bin/bash\n",
  0
 ],
 [
  "sh -c 'sh -c \"echo nested \\$0\"'",
  "nested sh\n",
  0
 ],
 [
  "env sh -c 'echo via env'",
  "via env\n",
  0
 ],
 [
  "sh -c 'type echo; command -v sh'",
  "echo is a shell builtin\n/usr/bin/sh\n",
  0
 ],
 [
  "x=1 sh -c 'echo $x'",
  "1\n",
  0
 ],
 [
  "export y=~; echo $y; f() { local z=~/q; echo $z; }; f; echo ${HOME:+~} ${x:-~/d} \"${x:-~}\"; readonly r=~; echo $r; alias a=~; alias a; echo b=~ c=~/x:~/y",
  "/home/student\n/home/student/q\n/home/student /home/student/d ~\n/home/student\nalias a='/home/student'\nb=/home/student c=/home/student/x:/home/student/y\n",
  0
 ]
];
