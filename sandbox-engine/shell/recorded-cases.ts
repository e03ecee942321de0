/**
 * Shell snippets with the output (stdout and stderr interleaved, `2>&1`) and exit status recorded
 * from the real programs on Debian 12: GNU bash 5.2.15 and busybox 1.35.0. Each -c case ran as
 *   runuser -u student -- env -i HOME=/home/student PATH=/usr/local/bin:/usr/bin:/bin USER=student
 *     LANG=C.UTF-8 bash -c SNIPPET        (or: busybox sh -c SNIPPET)
 * in an empty scratch directory with stdin from /dev/null; the file cases wrote the snippet to
 * s.sh and ran `bash s.sh arg1` / `busybox sh s.sh arg1`. Cases whose output depends on that
 * machine's files (its hostname, /etc/host.conf, /etc/passwd-) or on programs Alpine lacks (bash)
 * were left out.
 */

/** [script, output, status] */
export type RecordedCase = [string, string, number];

export const gnuCommand: RecordedCase[] = [
 [
  "echo hello world",
  "hello world\n",
  0
 ],
 [
  "echo \"a  b\" 'c  d' e\\ f",
  "a  b c  d e f\n",
  0
 ],
 [
  "x=\"a  b\"; echo $x \"$x\"",
  "a b a  b\n",
  0
 ],
 [
  "set -- a \"b c\" d; echo $#; for i in \"$@\"; do echo \"[$i]\"; done",
  "3\n[a]\n[b c]\n[d]\n",
  0
 ],
 [
  "set -- a \"b c\" d; for i in $@; do echo \"[$i]\"; done",
  "[a]\n[b]\n[c]\n[d]\n",
  0
 ],
 [
  "set -- a \"b c\" d; for i in \"$*\"; do echo \"[$i]\"; done",
  "[a b c d]\n",
  0
 ],
 [
  "set --; for i in \"$@\"; do echo \"[$i]\"; done; echo done",
  "done\n",
  0
 ],
 [
  "IFS=:; x=\"a:b::c:\"; for i in $x; do echo \"[$i]\"; done",
  "[a]\n[b]\n[]\n[c]\n",
  0
 ],
 [
  "IFS=\" :\"; x=\" a : b  c :d\"; for i in $x; do echo \"[$i]\"; done",
  "[a]\n[b]\n[c]\n[d]\n",
  0
 ],
 [
  "x=; echo \"[${x:-def}] [${x-def}] [${y:-def}] [${y-def}]\"",
  "[def] [] [def] [def]\n",
  0
 ],
 [
  "x=abc; echo ${x:+alt} ${y:+alt}; echo ${#x}",
  "alt\n3\n",
  0
 ],
 [
  "echo ${z:=zz} $z",
  "zz zz\n",
  0
 ],
 [
  "f=/usr/local/bin/file.tar.gz; echo ${f#*/} ${f##*/} ${f%.*} ${f%%.*}",
  "usr/local/bin/file.tar.gz file.tar.gz /usr/local/bin/file.tar /usr/local/bin/file\n",
  0
 ],
 [
  "x=hello; echo ${x/l/L} ${x//l/L} ${x/#h/H} ${x/%o/O} ${x:1:3} ${x: -2} ${x^^} ${x^}",
  "heLlo heLLo Hello hellO ell lo HELLO Hello\n",
  0
 ],
 [
  "echo $((1+2*3)) $((10/3)) $((10%3)) $((2**10)) $(( (1+2)*3 )) $((-5/2))",
  "7 3 1 1024 9 -2\n",
  0
 ],
 [
  "i=5; echo $((i++)) $i $((++i)) $((i--)) $i",
  "5 6 7 7 6\n",
  0
 ],
 [
  "a=3; b=4; echo $((a>b ? a : b)) $((a&&b)) $((a||0)) $((!a))",
  "4 1 1 0\n",
  0
 ],
 [
  "echo $((0x10)) $((010)) $((2#1010)) $((36#z))",
  "16 8 10 35\n",
  0
 ],
 [
  "echo $((1/0)); echo after",
  "bash: line 1: 1/0: division by 0 (error token is \"0\")\n",
  1
 ],
 [
  "echo $((5 +)); echo after",
  "bash: line 1: 5 +: syntax error: operand expected (error token is \"+\")\n",
  1
 ],
 [
  "x=5; x+=3; echo $x",
  "53\n",
  0
 ],
 [
  "echo `echo back \\`echo nested\\``",
  "back nested\n",
  0
 ],
 [
  "echo $(echo $(echo deep))",
  "deep\n",
  0
 ],
 [
  "echo \"$(printf 'a\\n\\n\\n')\"end",
  "aend\n",
  0
 ],
 [
  "true && echo yes || echo no; false && echo yes || echo no",
  "yes\nno\n",
  0
 ],
 [
  "! true; echo $?; ! false; echo $?",
  "1\n0\n",
  0
 ],
 [
  "if false; then echo 1; elif true; then echo 2; else echo 3; fi",
  "2\n",
  0
 ],
 [
  "for i in 1 2 3; do if [ $i = 2 ]; then continue; fi; echo $i; done",
  "1\n3\n",
  0
 ],
 [
  "for i in 1 2 3; do for j in a b; do if [ $j = b ]; then break 2; fi; echo $i$j; done; done",
  "1a\n",
  0
 ],
 [
  "i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done",
  "0\n1\n2\n",
  0
 ],
 [
  "i=0; until [ $i -ge 3 ]; do echo $i; i=$((i+1)); done",
  "0\n1\n2\n",
  0
 ],
 [
  "case hello in h*) echo h;; *) echo other;; esac",
  "h\n",
  0
 ],
 [
  "case x.txt in *.md|*.txt) echo doc;; esac",
  "doc\n",
  0
 ],
 [
  "case a in b) echo b;; esac; echo $?",
  "0\n",
  0
 ],
 [
  "case abc in a*) echo 1;& b*) echo 2;; c*) echo 3;; esac",
  "1\n2\n",
  0
 ],
 [
  "f() { echo \"f: $# $*\"; return 7; }; f a b c; echo $?",
  "f: 3 a b c\n7\n",
  0
 ],
 [
  "f() { local x=inner; echo $x; }; x=outer; f; echo $x",
  "inner\nouter\n",
  0
 ],
 [
  "f() { x=changed; }; x=orig; f; echo $x",
  "changed\n",
  0
 ],
 [
  "g() { echo $1; shift; echo $1; }; g one two",
  "one\ntwo\n",
  0
 ],
 [
  "(x=sub; echo $x); echo ${x-unset}",
  "sub\nunset\n",
  0
 ],
 [
  "{ echo a; echo b; } | cat",
  "a\nb\n",
  0
 ],
 [
  "echo abc | { read v; echo \"got $v\"; }",
  "got abc\n",
  0
 ],
 [
  "echo \"one two three\" | { read a b; echo \"[$a] [$b]\"; }",
  "[one] [two three]\n",
  0
 ],
 [
  "printf '%s\\n' a b c | while read l; do echo \"line $l\"; done",
  "line a\nline b\nline c\n",
  0
 ],
 [
  "x=1; echo 2 | (read x; echo $x); echo $x",
  "2\n1\n",
  0
 ],
 [
  "cat <<EOF\nhere $HOME\n$(echo cmd)\nEOF",
  "here /home/student\ncmd\n",
  0
 ],
 [
  "cat <<'EOF'\nhere $HOME\nEOF",
  "here $HOME\n",
  0
 ],
 [
  "\tcat <<-EOF\n\ttab stripped\n\tEOF",
  "tab stripped\n",
  0
 ],
 [
  "cat <<< \"here string\"",
  "here string\n",
  0
 ],
 [
  "echo a; echo b >&2; echo c",
  "a\nb\nc\n",
  0
 ],
 [
  "foo; echo $?",
  "bash: line 1: foo: command not found\n127\n",
  0
 ],
 [
  "echo ${x:?}",
  "bash: line 1: x: parameter null or not set\n",
  127
 ],
 [
  "echo ${x?custom msg}",
  "bash: line 1: x: custom msg\n",
  127
 ],
 [
  "set -u; echo $undefined_var; echo after",
  "bash: line 1: undefined_var: unbound variable\n",
  127
 ],
 [
  "set -e; false; echo not reached",
  "",
  1
 ],
 [
  "set -e; false || true; echo reached",
  "reached\n",
  0
 ],
 [
  "set -e; if false; then :; fi; echo reached",
  "reached\n",
  0
 ],
 [
  "set -x; echo traced; x=1",
  "+ echo traced\ntraced\n+ x=1\n",
  0
 ],
 [
  "echo $0 $#",
  "bash 0\n",
  0
 ],
 [
  "readonly r=1; r=2; echo after",
  "bash: line 1: r: readonly variable\n",
  1
 ],
 [
  "readonly r=1; unset r",
  "bash: line 1: unset: r: cannot unset: readonly variable\n",
  1
 ],
 [
  "export A=1; bash -c 'echo child $A'",
  "child 1\n",
  0
 ],
 [
  "B=2 bash -c 'echo child $B'; echo parent ${B-unset}",
  "child 2\nparent unset\n",
  0
 ],
 [
  "f() { echo $FOO; }; FOO=temp f; echo ${FOO-unset}",
  "temp\nunset\n",
  0
 ],
 [
  "type cd echo if",
  "cd is a shell builtin\necho is a shell builtin\nif is a shell keyword\n",
  0
 ],
 [
  "command -v cd",
  "cd\n",
  0
 ],
 [
  "exit 3",
  "",
  3
 ],
 [
  "(exit 4); echo $?",
  "4\n",
  0
 ],
 [
  "echo $(exit 5); echo $?",
  "\n0\n",
  0
 ],
 [
  "x=$(exit 6); echo $?",
  "6\n",
  0
 ],
 [
  "shift 3; echo $?",
  "1\n",
  0
 ],
 [
  "[ a = a ] && echo eq; [ a != a ] || echo ne",
  "eq\nne\n",
  0
 ],
 [
  "[ 1 -lt 2 -a 3 -gt 2 ] && echo ok",
  "ok\n",
  0
 ],
 [
  "[ -z \"\" ] && [ -n \"x\" ] && echo strs",
  "strs\n",
  0
 ],
 [
  "[ ! -e /nonexistent ] && echo gone",
  "gone\n",
  0
 ],
 [
  "test 1 -eq a",
  "bash: line 1: test: a: integer expression expected\n",
  2
 ],
 [
  "[ 1 -eq 1",
  "bash: line 1: [: missing `]'\n",
  2
 ],
 [
  "echo $((2147483647 + 1)) $((9223372036854775807 + 1))",
  "2147483648 -9223372036854775808\n",
  0
 ],
 [
  "x=\"*\"; echo \"$x\"",
  "*\n",
  0
 ],
 [
  "echo /nonexistent/*",
  "/nonexistent/*\n",
  0
 ],
 [
  "echo ~root ~nosuchuser",
  "/root ~nosuchuser\n",
  0
 ],
 [
  "echo a\\\nb",
  "ab\n",
  0
 ],
 [
  "echo 'it'\"'\"'s'",
  "it's\n",
  0
 ],
 [
  "echo $'tab\\there' $'nl\\\\n'",
  "tab\there nl\\n\n",
  0
 ],
 [
  "echo \"\\$HOME \\`x\\` \\\\ \\a\"",
  "$HOME `x` \\ \\a\n",
  0
 ],
 [
  "echo ${#}",
  "0\n",
  0
 ],
 [
  "set -- 1 2 3 4 5 6 7 8 9 10 11; echo ${10} $10 ${11}",
  "10 10 11\n",
  0
 ],
 [
  "x=a; y='$x'; eval echo $y",
  "a\n",
  0
 ],
 [
  "eval 'for i in 1 2; do echo e$i; done'",
  "e1\ne2\n",
  0
 ],
 [
  "echo \"a\" > /tmp/dsim_t; cat /tmp/dsim_t; rm /tmp/dsim_t",
  "a\n",
  0
 ],
 [
  "echo x >/nonexistent/f",
  "bash: line 1: /nonexistent/f: No such file or directory\n",
  1
 ],
 [
  "cat </nonexistent/f",
  "bash: line 1: /nonexistent/f: No such file or directory\n",
  1
 ],
 [
  "echo hi 2>&1 >/dev/null",
  "",
  0
 ],
 [
  "echo err >&2 2>/dev/null",
  "err\n",
  0
 ],
 [
  "{ echo out; echo err >&2; } 2>&1 | cat",
  "out\nerr\n",
  0
 ],
 [
  "f() { return; }; false; f; echo $?",
  "1\n",
  0
 ],
 [
  "f() { false; }; f; echo $?",
  "1\n",
  0
 ],
 [
  "while :; do break; done; echo out",
  "out\n",
  0
 ],
 [
  "for x; do echo $x; done",
  "",
  0
 ],
 [
  "for x in; do echo never; done; echo empty",
  "empty\n",
  0
 ],
 [
  "echo {a,b}",
  "a b\n",
  0
 ],
 [
  "echo $(( $(echo 3) + 4 ))",
  "7\n",
  0
 ],
 [
  "echo \"${x:-a b}\" ${x:-a b}",
  "a b a b\n",
  0
 ],
 [
  "v='a b'; set -- $v; echo $#",
  "2\n",
  0
 ],
 [
  "set -- x y; echo \"$@\" \"$*\" $# \"${@}\"",
  "x y x y 2 x y\n",
  0
 ],
 [
  "echo -n no newline; echo",
  "no newline\n",
  0
 ],
 [
  "echo -e 'a\\tb'",
  "a\tb\n",
  0
 ],
 [
  "printf '%5s|%-5s|%05d|%x\\n' ab cd 42 255",
  "   ab|cd   |00042|ff\n",
  0
 ],
 [
  "local x",
  "bash: line 1: local: can only be used in a function\n",
  1
 ],
 [
  "return",
  "bash: line 1: return: can only `return' from a function or sourced script\n",
  2
 ],
 [
  "break",
  "bash: line 1: break: only meaningful in a `for', `while', or `until' loop\n",
  0
 ],
 [
  "echo $((x=5)) $x",
  "5 5\n",
  0
 ],
 [
  "a=1 b=2; echo $a $b",
  "1 2\n",
  0
 ],
 [
  "x=1; x=2 y=$x; echo $y",
  "2\n",
  0
 ],
 [
  "echo ${x:-${y:-nested}}",
  "nested\n",
  0
 ],
 [
  "echo \"${undefined:-\"quoted default\"}\"",
  "quoted default\n",
  0
 ],
 [
  "echo ${#undefined}",
  "0\n",
  0
 ],
 [
  "if then",
  "bash: -c: line 1: syntax error near unexpected token `then'\nbash: -c: line 1: `if then'\n",
  2
 ],
 [
  "echo \"unclosed",
  "bash: -c: line 1: unexpected EOF while looking for matching `\"'\n",
  2
 ],
 [
  "for i in; do",
  "bash: -c: line 2: syntax error: unexpected end of file\n",
  2
 ],
 [
  ")",
  "bash: -c: line 1: syntax error near unexpected token `)'\nbash: -c: line 1: `)'\n",
  2
 ],
 [
  "echo a;;",
  "bash: -c: line 1: syntax error near unexpected token `;;'\nbash: -c: line 1: `echo a;;'\n",
  2
 ],
 [
  "case x in",
  "bash: -c: line 2: syntax error: unexpected end of file\n",
  2
 ],
 [
  "fi",
  "bash: -c: line 1: syntax error near unexpected token `fi'\nbash: -c: line 1: `fi'\n",
  2
 ],
 [
  "echo a | false; echo $?",
  "1\n",
  0
 ],
 [
  "false | true; echo $?",
  "0\n",
  0
 ],
 [
  "set -o pipefail; false | true; echo $?",
  "1\n",
  0
 ],
 [
  "x=\" a b \"; echo \"[${x}]\" [$x]",
  "[ a b ] [ a b ]\n",
  0
 ],
 [
  "echo $((  ))",
  "0\n",
  0
 ],
 [
  "f() { echo in f; }; type f",
  "f is a function\nf () \n{ \n    echo in f\n}\n",
  0
 ],
 [
  "echo 1; exit; echo 2",
  "1\n",
  0
 ],
 [
  "echo a b c | read x y; echo \"[$x]\"",
  "[]\n",
  0
 ],
 [
  "trap 'echo trapped' EXIT; echo main",
  "main\ntrapped\n",
  0
 ],
 [
  "unset x; x=${x:-$(echo computed)}; echo $x",
  "computed\n",
  0
 ],
 [
  "echo \"$(echo \"inner quotes\")\"",
  "inner quotes\n",
  0
 ],
 [
  "x='$(echo no)'; echo $x",
  "$(echo no)\n",
  0
 ],
 [
  "echo \\$x '$x' \"\\$x\"",
  "$x $x $x\n",
  0
 ],
 [
  "echo $$ > /dev/null; echo ${PPID:+ppid}",
  "ppid\n",
  0
 ],
 [
  "echo a >&3",
  "bash: line 1: 3: Bad file descriptor\n",
  1
 ],
 [
  "read -r line <<'EOF'\na\\b c\nEOF\necho \"$line\"",
  "a\\b c\n",
  0
 ],
 [
  "read line <<'EOF'\na\\b c\nEOF\necho \"$line\"",
  "ab c\n",
  0
 ],
 [
  "printf '%s %s\\n' 1 2 3",
  "1 2\n3 \n",
  0
 ],
 [
  "getopts ab: o -a; echo $o $OPTIND",
  "a 2\n",
  0
 ],
 [
  "let \"x = 3 * 4\"; echo $x",
  "12\n",
  0
 ],
 [
  "umask 027; umask",
  "0027\n",
  0
 ],
 [
  "cd /tmp && pwd && cd .. && pwd",
  "/tmp\n/\n",
  0
 ],
 [
  "cd /nonexistent; echo $?",
  "bash: line 1: cd: /nonexistent: No such file or directory\n1\n",
  0
 ],
 [
  "echo ${x=default} $x",
  "default default\n",
  0
 ],
 [
  "n=0; for i in a b c; do n=$((n+1)); done; echo $n",
  "3\n",
  0
 ],
 [
  "echo $(( 7 % -3 )) $(( -7 % 3 ))",
  "1 -1\n",
  0
 ],
 [
  "[ \"abc\" \\< \"abd\" ] && echo less",
  "less\n",
  0
 ],
 [
  "x=10; [ $x -gt 5 ] && [ $x -lt 20 ] && echo inrange",
  "inrange\n",
  0
 ],
 [
  "echo \"a\" | grep -q a && echo found",
  "found\n",
  0
 ],
 [
  "s=\"hello world\"; echo ${s#* } ${s% *}",
  "world hello\n",
  0
 ],
 [
  "p=/a/b/c; echo ${p##*/} ${p%/*}",
  "c /a/b\n",
  0
 ],
 [
  "echo {a,b}{1,2} x{,.bak} {1..3} {3..1} {01..10..3} {a..e..2} {a} {a,b {} a{b,c{d,e}}f \"{a,b}\"",
  "a1 a2 b1 b2 x x.bak 1 2 3 3 2 1 01 04 07 10 a c e {a} {a,b {} abf acdf acef {a,b}\n",
  0
 ],
 [
  "[[ abc =~ ^a(b)c$ ]] && echo match; [[ -f /etc/passwd && ! -d /etc/passwd ]] && echo ok; [[ \"a\" > \"b\" ]] || echo notgt",
  "match\nok\nnotgt\n",
  0
 ],
 [
  "[[ abc == \"a*\" ]] || echo quoted-literal; [[ abc == a* ]] && echo glob; x=\"a b\"; [[ $x == a\\ b ]] && echo nosplit; [[ 2+3 -eq 5 ]] && echo arith",
  "quoted-literal\nglob\nnosplit\narith\n",
  0
 ],
 [
  "(( 0 )); echo $?; ((x=5)); echo $x; (( 1/0 )); echo $?",
  "1\n5\nbash: line 1: ((: 1/0 : division by 0 (error token is \"0 \")\n1\n",
  0
 ],
 [
  "for ((i=0; i<3; i++)); do echo i$i; done; for ((;;)); do break; done; echo inf",
  "i0\ni1\ni2\ninf\n",
  0
 ],
 [
  "[[ a b ]]",
  "bash: -c: line 1: conditional binary operator expected\n",
  0
 ],
 [
  "x=5; ((x++)); echo $x; ((x > 3)) && echo big",
  "6\nbig\n",
  0
 ],
 [
  "i=0; while ((i < 3)); do echo $i; ((i++)); done",
  "0\n1\n2\n",
  0
 ],
 [
  "alias e=echo; e not expanded in scripts",
  "bash: line 1: e: command not found\n",
  127
 ],
 [
  "f() { local -; echo in; }; f",
  "in\n",
  0
 ],
 [
  "echo ${x:-{a,b}} a{1..3}b",
  "{a,b} a1b a2b a3b\n",
  0
 ],
 [
  "printf 'a b c\\nd e\\n' > /tmp/dsim_r; while read x y; do echo \"[$x|$y]\"; done < /tmp/dsim_r; rm /tmp/dsim_r",
  "[a|b c]\n[d|e]\n",
  0
 ],
 [
  "printf 'l1\\nl2\\nl3\\n' | { read a; read b; cat; echo \"$a $b\"; }",
  "l3\nl1 l2\n",
  0
 ],
 [
  "echo 'a:b:c' | { IFS=: read x y z; echo $z $y $x; }",
  "c b a\n",
  0
 ],
 [
  "read -r x <<'EOF'\n  spaced  \nEOF\necho \"[$x]\"; IFS= read -r y <<'EOF'\n  spaced  \nEOF\necho \"[$y]\"",
  "[spaced]\n[  spaced  ]\n",
  0
 ],
 [
  "while getopts \"ab:c\" opt -a -b val -c -x; do echo \"$opt ${OPTARG-}\"; done; echo $OPTIND",
  "a \nb val\nc \nbash: illegal option -- x\n? \n6\n",
  0
 ],
 [
  "set -o | grep -E 'errexit|nounset|xtrace'; set -eu; set -o | grep -E 'errexit|nounset'",
  "errexit        \toff\nnounset        \toff\nxtrace         \toff\nerrexit        \ton\nnounset        \ton\n",
  0
 ],
 [
  "umask; umask 027; umask; umask -S; umask u=rwx,g=,o=; umask; umask 999",
  "0022\n0027\nu=rwx,g=rx,o=\n0077\nbash: line 1: umask: 999: octal number out of range\n",
  1
 ],
 [
  "type true cd if nosuch; echo $?",
  "true is a shell builtin\ncd is a shell builtin\nif is a shell keyword\nbash: line 1: type: nosuch: not found\n1\n",
  0
 ],
 [
  "command -v true; command -v nosuch; echo $?; command -V true",
  "true\n1\ntrue is a shell builtin\n",
  0
 ],
 [
  "f() { :; }; type -t f cd if true; command -v f",
  "function\nbuiltin\nkeyword\nbuiltin\nf\n",
  0
 ],
 [
  "export -p | grep ' A=' ; export A=1; export -p | grep ' A='; export 1bad=x; echo $?",
  "declare -x A=\"1\"\nbash: line 1: export: `1bad=x': not a valid identifier\n1\n",
  0
 ],
 [
  "readonly R=1; readonly -p | grep ' R='; unset R; echo $?",
  "declare -r R=\"1\"\nbash: line 1: unset: R: cannot unset: readonly variable\n1\n",
  0
 ],
 [
  "trap 'echo exiting' EXIT; trap; echo body",
  "trap -- 'echo exiting' EXIT\nbody\nexiting\n",
  0
 ],
 [
  "let a=5+3 b=a*2; echo $a $b; let 0; echo $?; let 'c = 1/0'; echo $?",
  "8 16\n1\nbash: line 1: let: c = 1/0: division by 0 (error token is \"0\")\n1\n",
  0
 ],
 [
  "set -- a b c; shift 2; echo $@; shift; echo $#; shift; echo $?; shift x",
  "c\n0\n1\nbash: line 1: shift: x: numeric argument required\n",
  1
 ],
 [
  "f() { local a=1 b; b=2; echo $a $b; }; a=0; b=0; f; echo $a $b",
  "1 2\n0 0\n",
  0
 ],
 [
  "f() { local x; echo \"[${x-unset}]\"; }; x=global; f",
  "[unset]\n",
  0
 ],
 [
  "echo 'echo sourced $1; return 5; echo no' > /tmp/dsim_s; . /tmp/dsim_s arg; echo $?; rm /tmp/dsim_s",
  "sourced arg\n5\n",
  0
 ],
 [
  ". /nonexistent/file; echo $?",
  "bash: line 1: /nonexistent/file: No such file or directory\n1\n",
  0
 ],
 [
  "eval 'x=1; y=$((x+1))'; echo $y; eval 'echo \"a;b\"'",
  "2\na;b\n",
  0
 ],
 [
  "for i in 1 2 3; do for j in 1 2 3; do [ $j = 2 ] && continue 2; echo $i$j; done; done",
  "11\n21\n31\n",
  0
 ],
 [
  "i=0; while true; do i=$((i+1)); [ $i -gt 3 ] && break; done; echo $i",
  "4\n",
  0
 ],
 [
  "exec 3>/tmp/dsim_fd; echo via3 >&3; exec 3>&-; cat /tmp/dsim_fd; rm /tmp/dsim_fd",
  "via3\n",
  0
 ],
 [
  "{ echo a; echo b >&2; } > /tmp/dsim_o 2>&1; cat /tmp/dsim_o; rm /tmp/dsim_o",
  "a\nb\n",
  0
 ],
 [
  "echo one > /tmp/dsim_a; echo two >> /tmp/dsim_a; cat < /tmp/dsim_a; rm /tmp/dsim_a",
  "one\ntwo\n",
  0
 ],
 [
  "ls /nonexistent 2>/dev/null; echo $?; ls /nonexistent 2>&1 >/dev/null | wc -l",
  "2\n1\n",
  0
 ],
 [
  "echo $(( $# + 1 )); set -- x; echo $(( $# + 1 ))",
  "1\n2\n",
  0
 ],
 [
  "x=abc; case $x in a?c) echo q;; esac; case $x in [ab]*) echo br;; esac; case $x in *[!a-z]*) echo non;; *) echo alpha;; esac",
  "q\nbr\nalpha\n",
  0
 ],
 [
  "echo \"${x:-$(echo sub)}\" \"${#x}\" \"${x:=set}\" \"$x\"",
  "sub 0 set set\n",
  0
 ],
 [
  "v=/a/b/c.txt; echo ${v##*/} ${v%/*} ${v%.txt} ${v#/a}",
  "c.txt /a/b /a/b/c /b/c.txt\n",
  0
 ],
 [
  "n=3; while [ $n -gt 0 ]; do printf '%d ' $n; n=$((n-1)); done; echo",
  "3 2 1 \n",
  0
 ],
 [
  "echo \"tab\there\" | cut -f2",
  "here\n",
  0
 ],
 [
  "x=$(printf 'a\\nb\\n'); echo \"$x\" | wc -l",
  "2\n",
  0
 ],
 [
  "printf '%s\\n' \"$(echo \"  spaced  \")\"",
  "  spaced  \n",
  0
 ],
 [
  "set -e; f() { false; echo in f; }; f || echo \"f failed\"; echo end",
  "in f\nend\n",
  0
 ],
 [
  "set -e; (false); echo not reached",
  "",
  1
 ],
 [
  "set -e; false | true; echo reached pipe",
  "reached pipe\n",
  0
 ],
 [
  "set -u; echo ${unset_var:-default}; echo ${#@}",
  "default\n0\n",
  0
 ],
 [
  "unset HOME; cd; echo $?",
  "bash: line 1: cd: HOME not set\n1\n",
  0
 ],
 [
  "f() { echo $#; }; f \"\" \"\"; f",
  "2\n0\n",
  0
 ],
 [
  "set -x; echo $(echo hi); x=$(true); f() { echo in; }; f; [ 1 = 1 ]; a=1 b=2 true; echo \"a b\" c",
  "++ echo hi\n+ echo hi\nhi\n++ true\n+ x=\n+ f\n+ echo in\nin\n+ '[' 1 = 1 ']'\n+ a=1\n+ b=2\n+ true\n+ echo 'a b' c\na b c\n",
  0
 ],
 [
  "printf -v x '%05d|%s' 42 hi; echo \"[$x]\"",
  "[00042|hi]\n",
  0
 ],
 [
  "echo $-; set -eu; echo $-",
  "hBc\nehuBc\n",
  0
 ]
];

export const busyboxCommand: RecordedCase[] = [
 [
  "echo hello world",
  "hello world\n",
  0
 ],
 [
  "echo \"a  b\" 'c  d' e\\ f",
  "a  b c  d e f\n",
  0
 ],
 [
  "x=\"a  b\"; echo $x \"$x\"",
  "a b a  b\n",
  0
 ],
 [
  "set -- a \"b c\" d; echo $#; for i in \"$@\"; do echo \"[$i]\"; done",
  "3\n[a]\n[b c]\n[d]\n",
  0
 ],
 [
  "set -- a \"b c\" d; for i in $@; do echo \"[$i]\"; done",
  "[a]\n[b]\n[c]\n[d]\n",
  0
 ],
 [
  "set -- a \"b c\" d; for i in \"$*\"; do echo \"[$i]\"; done",
  "[a b c d]\n",
  0
 ],
 [
  "set --; for i in \"$@\"; do echo \"[$i]\"; done; echo done",
  "done\n",
  0
 ],
 [
  "IFS=:; x=\"a:b::c:\"; for i in $x; do echo \"[$i]\"; done",
  "[a]\n[b]\n[]\n[c]\n",
  0
 ],
 [
  "IFS=\" :\"; x=\" a : b  c :d\"; for i in $x; do echo \"[$i]\"; done",
  "[a]\n[b]\n[c]\n[d]\n",
  0
 ],
 [
  "x=; echo \"[${x:-def}] [${x-def}] [${y:-def}] [${y-def}]\"",
  "[def] [] [def] [def]\n",
  0
 ],
 [
  "x=abc; echo ${x:+alt} ${y:+alt}; echo ${#x}",
  "alt\n3\n",
  0
 ],
 [
  "echo ${z:=zz} $z",
  "zz zz\n",
  0
 ],
 [
  "f=/usr/local/bin/file.tar.gz; echo ${f#*/} ${f##*/} ${f%.*} ${f%%.*}",
  "usr/local/bin/file.tar.gz file.tar.gz /usr/local/bin/file.tar /usr/local/bin/file\n",
  0
 ],
 [
  "x=hello; echo ${x/l/L} ${x//l/L} ${x/#h/H} ${x/%o/O} ${x:1:3} ${x: -2} ${x^^} ${x^}",
  "sh: syntax error: bad substitution\n",
  2
 ],
 [
  "echo $((1+2*3)) $((10/3)) $((10%3)) $((2**10)) $(( (1+2)*3 )) $((-5/2))",
  "7 3 1 1024 9 -2\n",
  0
 ],
 [
  "i=5; echo $((i++)) $i $((++i)) $((i--)) $i",
  "5 6 7 7 6\n",
  0
 ],
 [
  "a=3; b=4; echo $((a>b ? a : b)) $((a&&b)) $((a||0)) $((!a))",
  "4 1 1 0\n",
  0
 ],
 [
  "echo $((0x10)) $((010)) $((2#1010)) $((36#z))",
  "16 8 10 35\n",
  0
 ],
 [
  "echo $((1/0)); echo after",
  "sh: divide by zero\n",
  2
 ],
 [
  "echo $((5 +)); echo after",
  "sh: arithmetic syntax error\n",
  2
 ],
 [
  "x=5; x+=3; echo $x",
  "sh: x+=3: not found\n5\n",
  0
 ],
 [
  "echo `echo back \\`echo nested\\``",
  "back nested\n",
  0
 ],
 [
  "echo $(echo $(echo deep))",
  "deep\n",
  0
 ],
 [
  "echo \"$(printf 'a\\n\\n\\n')\"end",
  "aend\n",
  0
 ],
 [
  "true && echo yes || echo no; false && echo yes || echo no",
  "yes\nno\n",
  0
 ],
 [
  "! true; echo $?; ! false; echo $?",
  "1\n0\n",
  0
 ],
 [
  "if false; then echo 1; elif true; then echo 2; else echo 3; fi",
  "2\n",
  0
 ],
 [
  "for i in 1 2 3; do if [ $i = 2 ]; then continue; fi; echo $i; done",
  "1\n3\n",
  0
 ],
 [
  "for i in 1 2 3; do for j in a b; do if [ $j = b ]; then break 2; fi; echo $i$j; done; done",
  "1a\n",
  0
 ],
 [
  "i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done",
  "0\n1\n2\n",
  0
 ],
 [
  "i=0; until [ $i -ge 3 ]; do echo $i; i=$((i+1)); done",
  "0\n1\n2\n",
  0
 ],
 [
  "case hello in h*) echo h;; *) echo other;; esac",
  "h\n",
  0
 ],
 [
  "case x.txt in *.md|*.txt) echo doc;; esac",
  "doc\n",
  0
 ],
 [
  "case a in b) echo b;; esac; echo $?",
  "0\n",
  0
 ],
 [
  "case abc in a*) echo 1;& b*) echo 2;; c*) echo 3;; esac",
  "sh: syntax error: unexpected \"&\"\n",
  2
 ],
 [
  "f() { echo \"f: $# $*\"; return 7; }; f a b c; echo $?",
  "f: 3 a b c\n7\n",
  0
 ],
 [
  "f() { local x=inner; echo $x; }; x=outer; f; echo $x",
  "inner\nouter\n",
  0
 ],
 [
  "f() { x=changed; }; x=orig; f; echo $x",
  "changed\n",
  0
 ],
 [
  "g() { echo $1; shift; echo $1; }; g one two",
  "one\ntwo\n",
  0
 ],
 [
  "(x=sub; echo $x); echo ${x-unset}",
  "sub\nunset\n",
  0
 ],
 [
  "{ echo a; echo b; } | cat",
  "a\nb\n",
  0
 ],
 [
  "echo abc | { read v; echo \"got $v\"; }",
  "got abc\n",
  0
 ],
 [
  "echo \"one two three\" | { read a b; echo \"[$a] [$b]\"; }",
  "[one] [two three]\n",
  0
 ],
 [
  "printf '%s\\n' a b c | while read l; do echo \"line $l\"; done",
  "line a\nline b\nline c\n",
  0
 ],
 [
  "x=1; echo 2 | (read x; echo $x); echo $x",
  "2\n1\n",
  0
 ],
 [
  "cat <<EOF\nhere $HOME\n$(echo cmd)\nEOF",
  "here /home/student\ncmd\n",
  0
 ],
 [
  "cat <<'EOF'\nhere $HOME\nEOF",
  "here $HOME\n",
  0
 ],
 [
  "\tcat <<-EOF\n\ttab stripped\n\tEOF",
  "tab stripped\n",
  0
 ],
 [
  "cat <<< \"here string\"",
  "sh: syntax error: unexpected redirection\n",
  2
 ],
 [
  "echo a; echo b >&2; echo c",
  "a\nb\nc\n",
  0
 ],
 [
  "foo; echo $?",
  "sh: foo: not found\n127\n",
  0
 ],
 [
  "echo ${x:?}",
  "sh: x: parameter not set or null\n",
  2
 ],
 [
  "echo ${x?custom msg}",
  "sh: x: custom msg\n",
  2
 ],
 [
  "set -u; echo $undefined_var; echo after",
  "sh: undefined_var: parameter not set\n",
  2
 ],
 [
  "set -e; false; echo not reached",
  "",
  1
 ],
 [
  "set -e; false || true; echo reached",
  "reached\n",
  0
 ],
 [
  "set -e; if false; then :; fi; echo reached",
  "reached\n",
  0
 ],
 [
  "set -x; echo traced; x=1",
  "+ echo traced\ntraced\n+ x=1\n",
  0
 ],
 [
  "echo $0 $#",
  "sh 0\n",
  0
 ],
 [
  "readonly r=1; r=2; echo after",
  "sh: r: is read only\n",
  2
 ],
 [
  "readonly r=1; unset r",
  "sh: unset: line 0: r: is read only\n",
  2
 ],
 [
  "f() { echo $FOO; }; FOO=temp f; echo ${FOO-unset}",
  "temp\nunset\n",
  0
 ],
 [
  "type cd echo if",
  "cd is a shell builtin\necho is a shell builtin\nif is a shell keyword\n",
  0
 ],
 [
  "command -v cd",
  "cd\n",
  0
 ],
 [
  "exit 3",
  "",
  3
 ],
 [
  "(exit 4); echo $?",
  "4\n",
  0
 ],
 [
  "echo $(exit 5); echo $?",
  "\n0\n",
  0
 ],
 [
  "x=$(exit 6); echo $?",
  "6\n",
  0
 ],
 [
  "shift 3; echo $?",
  "1\n",
  0
 ],
 [
  "[ a = a ] && echo eq; [ a != a ] || echo ne",
  "eq\nne\n",
  0
 ],
 [
  "[ 1 -lt 2 -a 3 -gt 2 ] && echo ok",
  "ok\n",
  0
 ],
 [
  "[ -z \"\" ] && [ -n \"x\" ] && echo strs",
  "strs\n",
  0
 ],
 [
  "[ ! -e /nonexistent ] && echo gone",
  "gone\n",
  0
 ],
 [
  "test 1 -eq a",
  "sh: a: bad number\n",
  2
 ],
 [
  "[ 1 -eq 1",
  "sh: missing ]\n",
  2
 ],
 [
  "echo $((2147483647 + 1)) $((9223372036854775807 + 1))",
  "2147483648 -9223372036854775808\n",
  0
 ],
 [
  "x=\"*\"; echo \"$x\"",
  "*\n",
  0
 ],
 [
  "echo /nonexistent/*",
  "/nonexistent/*\n",
  0
 ],
 [
  "echo ~root ~nosuchuser",
  "/root ~nosuchuser\n",
  0
 ],
 [
  "echo a\\\nb",
  "ab\n",
  0
 ],
 [
  "echo 'it'\"'\"'s'",
  "it's\n",
  0
 ],
 [
  "echo $'tab\\there' $'nl\\\\n'",
  "tab\there nl\\n\n",
  0
 ],
 [
  "echo \"\\$HOME \\`x\\` \\\\ \\a\"",
  "$HOME `x` \\ \\a\n",
  0
 ],
 [
  "echo ${#}",
  "0\n",
  0
 ],
 [
  "set -- 1 2 3 4 5 6 7 8 9 10 11; echo ${10} $10 ${11}",
  "10 10 11\n",
  0
 ],
 [
  "x=a; y='$x'; eval echo $y",
  "a\n",
  0
 ],
 [
  "eval 'for i in 1 2; do echo e$i; done'",
  "e1\ne2\n",
  0
 ],
 [
  "echo \"a\" > /tmp/dsim_t; cat /tmp/dsim_t; rm /tmp/dsim_t",
  "a\n",
  0
 ],
 [
  "echo x >/nonexistent/f",
  "sh: can't create /nonexistent/f: nonexistent directory\n",
  1
 ],
 [
  "cat </nonexistent/f",
  "sh: can't open /nonexistent/f: no such file\n",
  1
 ],
 [
  "echo hi 2>&1 >/dev/null",
  "",
  0
 ],
 [
  "echo err >&2 2>/dev/null",
  "err\n",
  0
 ],
 [
  "{ echo out; echo err >&2; } 2>&1 | cat",
  "out\nerr\n",
  0
 ],
 [
  "f() { return; }; false; f; echo $?",
  "1\n",
  0
 ],
 [
  "f() { false; }; f; echo $?",
  "1\n",
  0
 ],
 [
  "while :; do break; done; echo out",
  "out\n",
  0
 ],
 [
  "for x; do echo $x; done",
  "",
  0
 ],
 [
  "for x in; do echo never; done; echo empty",
  "empty\n",
  0
 ],
 [
  "echo {a,b}",
  "{a,b}\n",
  0
 ],
 [
  "echo $(( $(echo 3) + 4 ))",
  "7\n",
  0
 ],
 [
  "echo \"${x:-a b}\" ${x:-a b}",
  "a b a b\n",
  0
 ],
 [
  "v='a b'; set -- $v; echo $#",
  "2\n",
  0
 ],
 [
  "set -- x y; echo \"$@\" \"$*\" $# \"${@}\"",
  "x y x y 2 x y\n",
  0
 ],
 [
  "echo -n no newline; echo",
  "no newline\n",
  0
 ],
 [
  "echo -e 'a\\tb'",
  "a\tb\n",
  0
 ],
 [
  "printf '%5s|%-5s|%05d|%x\\n' ab cd 42 255",
  "   ab|cd   |00042|ff\n",
  0
 ],
 [
  "local x",
  "sh: local: line 0: not in a function\n",
  2
 ],
 [
  "return",
  "",
  0
 ],
 [
  "break",
  "",
  0
 ],
 [
  "echo $((x=5)) $x",
  "5 5\n",
  0
 ],
 [
  "a=1 b=2; echo $a $b",
  "1 2\n",
  0
 ],
 [
  "x=1; x=2 y=$x; echo $y",
  "2\n",
  0
 ],
 [
  "echo ${x:-${y:-nested}}",
  "nested\n",
  0
 ],
 [
  "echo \"${undefined:-\"quoted default\"}\"",
  "quoted default\n",
  0
 ],
 [
  "echo ${#undefined}",
  "0\n",
  0
 ],
 [
  "if then",
  "sh: syntax error: unexpected \"then\"\n",
  2
 ],
 [
  "echo \"unclosed",
  "sh: syntax error: unterminated quoted string\n",
  2
 ],
 [
  "for i in; do",
  "sh: syntax error: unexpected end of file (expecting \"done\")\n",
  2
 ],
 [
  ")",
  "sh: syntax error: unexpected \")\"\n",
  2
 ],
 [
  "echo a;;",
  "sh: syntax error: unexpected \";;\"\n",
  2
 ],
 [
  "case x in",
  "sh: syntax error: unexpected end of file (expecting \")\")\n",
  2
 ],
 [
  "fi",
  "sh: syntax error: unexpected \"fi\"\n",
  2
 ],
 [
  "echo a | false; echo $?",
  "1\n",
  0
 ],
 [
  "false | true; echo $?",
  "0\n",
  0
 ],
 [
  "set -o pipefail; false | true; echo $?",
  "1\n",
  0
 ],
 [
  "x=\" a b \"; echo \"[${x}]\" [$x]",
  "[ a b ] [ a b ]\n",
  0
 ],
 [
  "echo $((  ))",
  "0\n",
  0
 ],
 [
  "f() { echo in f; }; type f",
  "f is a function\n",
  0
 ],
 [
  "echo 1; exit; echo 2",
  "1\n",
  0
 ],
 [
  "echo a b c | read x y; echo \"[$x]\"",
  "[]\n",
  0
 ],
 [
  "trap 'echo trapped' EXIT; echo main",
  "main\ntrapped\n",
  0
 ],
 [
  "unset x; x=${x:-$(echo computed)}; echo $x",
  "computed\n",
  0
 ],
 [
  "echo \"$(echo \"inner quotes\")\"",
  "inner quotes\n",
  0
 ],
 [
  "x='$(echo no)'; echo $x",
  "$(echo no)\n",
  0
 ],
 [
  "echo \\$x '$x' \"\\$x\"",
  "$x $x $x\n",
  0
 ],
 [
  "echo $$ > /dev/null; echo ${PPID:+ppid}",
  "ppid\n",
  0
 ],
 [
  "echo a >&3",
  "sh: 3: Bad file descriptor\n",
  1
 ],
 [
  "read -r line <<'EOF'\na\\b c\nEOF\necho \"$line\"",
  "a\\b c\n",
  0
 ],
 [
  "read line <<'EOF'\na\\b c\nEOF\necho \"$line\"",
  "ab c\n",
  0
 ],
 [
  "printf '%s %s\\n' 1 2 3",
  "1 2\n3 \n",
  0
 ],
 [
  "getopts ab: o -a; echo $o $OPTIND",
  "a 2\n",
  0
 ],
 [
  "let \"x = 3 * 4\"; echo $x",
  "12\n",
  0
 ],
 [
  "umask 027; umask",
  "0027\n",
  0
 ],
 [
  "cd /tmp && pwd && cd .. && pwd",
  "/tmp\n/\n",
  0
 ],
 [
  "cd /nonexistent; echo $?",
  "sh: cd: line 0: can't cd to /nonexistent: No such file or directory\n2\n",
  0
 ],
 [
  "echo ${x=default} $x",
  "default default\n",
  0
 ],
 [
  "n=0; for i in a b c; do n=$((n+1)); done; echo $n",
  "3\n",
  0
 ],
 [
  "echo $(( 7 % -3 )) $(( -7 % 3 ))",
  "1 -1\n",
  0
 ],
 [
  "[ \"abc\" \\< \"abd\" ] && echo less",
  "less\n",
  0
 ],
 [
  "x=10; [ $x -gt 5 ] && [ $x -lt 20 ] && echo inrange",
  "inrange\n",
  0
 ],
 [
  "echo \"a\" | grep -q a && echo found",
  "found\n",
  0
 ],
 [
  "s=\"hello world\"; echo ${s#* } ${s% *}",
  "world hello\n",
  0
 ],
 [
  "p=/a/b/c; echo ${p##*/} ${p%/*}",
  "c /a/b\n",
  0
 ],
 [
  "echo {a,b}{1,2} x{,.bak} {1..3} {3..1} {01..10..3} {a..e..2} {a} {a,b {} a{b,c{d,e}}f \"{a,b}\"",
  "{a,b}{1,2} x{,.bak} {1..3} {3..1} {01..10..3} {a..e..2} {a} {a,b {} a{b,c{d,e}}f {a,b}\n",
  0
 ],
 [
  "[[ abc =~ ^a(b)c$ ]] && echo match; [[ -f /etc/passwd && ! -d /etc/passwd ]] && echo ok; [[ \"a\" > \"b\" ]] || echo notgt",
  "sh: syntax error: unexpected \"(\"\n",
  2
 ],
 [
  "(( 0 )); echo $?; ((x=5)); echo $x; (( 1/0 )); echo $?",
  "sh: 0: not found\n127\n\nsh: 1/0: not found\n127\n",
  0
 ],
 [
  "for ((i=0; i<3; i++)); do echo i$i; done; for ((;;)); do break; done; echo inf",
  "sh: syntax error: bad for loop variable\n",
  2
 ],
 [
  "[[ a b ]]",
  "sh: b: unknown operand\n",
  2
 ],
 [
  "x=5; ((x++)); echo $x; ((x > 3)) && echo big",
  "sh: x++: not found\n5\nsh: x: not found\n",
  127
 ],
 [
  "alias e=echo; e not expanded in scripts",
  "sh: e: not found\n",
  127
 ],
 [
  "f() { local -; echo in; }; f",
  "in\n",
  0
 ],
 [
  "echo ${x:-{a,b}} a{1..3}b",
  "{a,b} a{1..3}b\n",
  0
 ],
 [
  "printf 'a b c\\nd e\\n' > /tmp/dsim_r; while read x y; do echo \"[$x|$y]\"; done < /tmp/dsim_r; rm /tmp/dsim_r",
  "[a|b c]\n[d|e]\n",
  0
 ],
 [
  "printf 'l1\\nl2\\nl3\\n' | { read a; read b; cat; echo \"$a $b\"; }",
  "l3\nl1 l2\n",
  0
 ],
 [
  "echo 'a:b:c' | { IFS=: read x y z; echo $z $y $x; }",
  "c b a\n",
  0
 ],
 [
  "read -r x <<'EOF'\n  spaced  \nEOF\necho \"[$x]\"; IFS= read -r y <<'EOF'\n  spaced  \nEOF\necho \"[$y]\"",
  "[spaced]\n[  spaced  ]\n",
  0
 ],
 [
  "while getopts \"ab:c\" opt -a -b val -c -x; do echo \"$opt ${OPTARG-}\"; done; echo $OPTIND",
  "a \nb val\nc \nIllegal option -x\n? \n6\n",
  0
 ],
 [
  "set -o | grep -E 'errexit|nounset|xtrace'; set -eu; set -o | grep -E 'errexit|nounset'",
  "errexit         off\nxtrace          off\nnounset         off\nerrexit         on\nnounset         on\n",
  0
 ],
 [
  "umask; umask 027; umask; umask -S; umask u=rwx,g=,o=; umask; umask 999",
  "0022\n0027\nu=rwx,g=rx,o=\n0077\nsh: umask: line 0: illegal mode: 999\n",
  2
 ],
 [
  "type true cd if nosuch; echo $?",
  "true is a shell builtin\ncd is a shell builtin\nif is a shell keyword\nnosuch: not found\n127\n",
  0
 ],
 [
  "command -v true; command -v nosuch; echo $?; command -V true",
  "true\n127\ntrue is a shell builtin\n",
  0
 ],
 [
  "f() { :; }; type -t f cd if true; command -v f",
  "f\ncd\nif\ntrue\nf\n",
  0
 ],
 [
  "export -p | grep ' A=' ; export A=1; export -p | grep ' A='; export 1bad=x; echo $?",
  "export A='1'\nsh: export: line 0: 1bad: bad variable name\n",
  2
 ],
 [
  "readonly R=1; readonly -p | grep ' R='; unset R; echo $?",
  "readonly R='1'\nsh: unset: line 0: R: is read only\n",
  2
 ],
 [
  "trap 'echo exiting' EXIT; trap; echo body",
  "trap -- 'echo exiting' EXIT\nbody\nexiting\n",
  0
 ],
 [
  "let a=5+3 b=a*2; echo $a $b; let 0; echo $?; let 'c = 1/0'; echo $?",
  "8 16\n1\nsh: let: line 0: divide by zero\n2\n",
  0
 ],
 [
  "set -- a b c; shift 2; echo $@; shift; echo $#; shift; echo $?; shift x",
  "c\n0\n1\nsh: shift: line 0: Illegal number: x\n",
  2
 ],
 [
  "f() { local a=1 b; b=2; echo $a $b; }; a=0; b=0; f; echo $a $b",
  "1 2\n0 0\n",
  0
 ],
 [
  "f() { local x; echo \"[${x-unset}]\"; }; x=global; f",
  "[unset]\n",
  0
 ],
 [
  "echo 'echo sourced $1; return 5; echo no' > /tmp/dsim_s; . /tmp/dsim_s arg; echo $?; rm /tmp/dsim_s",
  "sourced arg\n5\n",
  0
 ],
 [
  ". /nonexistent/file; echo $?",
  "sh: .: line 0: can't open '/nonexistent/file': No such file or directory\n",
  2
 ],
 [
  "eval 'x=1; y=$((x+1))'; echo $y; eval 'echo \"a;b\"'",
  "2\na;b\n",
  0
 ],
 [
  "for i in 1 2 3; do for j in 1 2 3; do [ $j = 2 ] && continue 2; echo $i$j; done; done",
  "11\n21\n31\n",
  0
 ],
 [
  "i=0; while true; do i=$((i+1)); [ $i -gt 3 ] && break; done; echo $i",
  "4\n",
  0
 ],
 [
  "exec 3>/tmp/dsim_fd; echo via3 >&3; exec 3>&-; cat /tmp/dsim_fd; rm /tmp/dsim_fd",
  "via3\n",
  0
 ],
 [
  "{ echo a; echo b >&2; } > /tmp/dsim_o 2>&1; cat /tmp/dsim_o; rm /tmp/dsim_o",
  "a\nb\n",
  0
 ],
 [
  "echo one > /tmp/dsim_a; echo two >> /tmp/dsim_a; cat < /tmp/dsim_a; rm /tmp/dsim_a",
  "one\ntwo\n",
  0
 ],
 [
  "ls /nonexistent 2>/dev/null; echo $?; ls /nonexistent 2>&1 >/dev/null | wc -l",
  "1\n1\n",
  0
 ],
 [
  "echo $(( $# + 1 )); set -- x; echo $(( $# + 1 ))",
  "1\n2\n",
  0
 ],
 [
  "x=abc; case $x in a?c) echo q;; esac; case $x in [ab]*) echo br;; esac; case $x in *[!a-z]*) echo non;; *) echo alpha;; esac",
  "q\nbr\nalpha\n",
  0
 ],
 [
  "echo \"${x:-$(echo sub)}\" \"${#x}\" \"${x:=set}\" \"$x\"",
  "sub 0 set set\n",
  0
 ],
 [
  "v=/a/b/c.txt; echo ${v##*/} ${v%/*} ${v%.txt} ${v#/a}",
  "c.txt /a/b /a/b/c /b/c.txt\n",
  0
 ],
 [
  "n=3; while [ $n -gt 0 ]; do printf '%d ' $n; n=$((n-1)); done; echo",
  "3 2 1 \n",
  0
 ],
 [
  "echo \"tab\there\" | cut -f2",
  "here\n",
  0
 ],
 [
  "x=$(printf 'a\\nb\\n'); echo \"$x\" | wc -l",
  "2\n",
  0
 ],
 [
  "printf '%s\\n' \"$(echo \"  spaced  \")\"",
  "  spaced  \n",
  0
 ],
 [
  "set -e; f() { false; echo in f; }; f || echo \"f failed\"; echo end",
  "in f\nend\n",
  0
 ],
 [
  "set -e; (false); echo not reached",
  "",
  1
 ],
 [
  "set -e; false | true; echo reached pipe",
  "reached pipe\n",
  0
 ],
 [
  "set -u; echo ${unset_var:-default}; echo ${#@}",
  "default\n0\n",
  0
 ],
 [
  "unset HOME; cd; echo $?",
  "0\n",
  0
 ],
 [
  "f() { echo $#; }; f \"\" \"\"; f",
  "2\n0\n",
  0
 ],
 [
  "set -x; echo $(echo hi); x=$(true); f() { echo in; }; f; [ 1 = 1 ]; a=1 b=2 true; echo \"a b\" c",
  "+ echo hi\n+ echo hi\nhi\n+ true\n+ x=\n+ f\n+ echo 'in'\nin\n+ '[' 1 '=' 1 ]\n+ a=1 b=2 true\n+ echo 'a b' c\na b c\n",
  0
 ],
 [
  "printf -v x '%05d|%s' 42 hi; echo \"[$x]\"",
  "-v[]\n",
  0
 ],
 [
  "echo $-; set -eu; echo $-",
  "c\nuce\n",
  0
 ]
];

export const gnuFile: RecordedCase[] = [
 [
  "echo a\nfoo\ncd /nonexistent\necho $((1/0))\necho after\n",
  "a\ns.sh: line 2: foo: command not found\ns.sh: line 3: cd: /nonexistent: No such file or directory\ns.sh: line 4: 1/0: division by 0 (error token is \"0\")\nafter\n",
  0
 ],
 [
  "echo start\nif then\n",
  "start\ns.sh: line 2: syntax error near unexpected token `then'\ns.sh: line 2: `if then'\n",
  2
 ],
 [
  "f() {\n  foo\n  return 3\n}\nf\necho $?\n",
  "s.sh: line 2: foo: command not found\n3\n",
  0
 ],
 [
  "echo ${x:?unset here}\necho after\n",
  "s.sh: line 1: x: unset here\n",
  1
 ],
 [
  "echo \"unterminated\n",
  "s.sh: line 1: unexpected EOF while looking for matching `\"'\n",
  2
 ],
 [
  "cat <<EOF\nbody\n",
  "s.sh: line 2: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')\nbody\n",
  0
 ],
 [
  "x=1\nreadonly x\nx=2\necho after\n",
  "s.sh: line 3: x: readonly variable\nafter\n",
  0
 ],
 [
  "set -e\necho one\nfalse\necho two\n",
  "one\n",
  1
 ],
 [
  "echo $0 $1 $#\n",
  "s.sh arg1 1\n",
  0
 ],
 [
  "[ 1 -eq a ]\necho $?\n",
  "s.sh: line 1: [: a: integer expression expected\n2\n",
  0
 ],
 [
  "for i in 1 2; do\n  echo $i\ndone\n",
  "1\n2\n",
  0
 ],
 [
  "echo ok; exit 7; echo not\n",
  "ok\n",
  7
 ],
 [
  "set -u\necho $nope\necho after\n",
  "s.sh: line 2: nope: unbound variable\n",
  1
 ]
];

export const busyboxFile: RecordedCase[] = [
 [
  "echo a\nfoo\ncd /nonexistent\necho $((1/0))\necho after\n",
  "a\ns.sh: line 2: foo: not found\ns.sh: cd: line 3: can't cd to /nonexistent: No such file or directory\ns.sh: line 4: divide by zero\n",
  2
 ],
 [
  "echo start\nif then\n",
  "start\ns.sh: line 2: syntax error: unexpected \"then\"\n",
  2
 ],
 [
  "f() {\n  foo\n  return 3\n}\nf\necho $?\n",
  "s.sh: line 2: foo: not found\n3\n",
  0
 ],
 [
  "echo ${x:?unset here}\necho after\n",
  "s.sh: line 1: x: unset here\n",
  2
 ],
 [
  "echo \"unterminated\n",
  "s.sh: line 2: syntax error: unterminated quoted string\n",
  2
 ],
 [
  "cat <<EOF\nbody\n",
  "body\n",
  0
 ],
 [
  "x=1\nreadonly x\nx=2\necho after\n",
  "s.sh: line 3: x: is read only\n",
  2
 ],
 [
  "set -e\necho one\nfalse\necho two\n",
  "one\n",
  1
 ],
 [
  "echo $0 $1 $#\n",
  "s.sh arg1 1\n",
  0
 ],
 [
  "[ 1 -eq a ]\necho $?\n",
  "sh: a: bad number\n2\n",
  0
 ],
 [
  "for i in 1 2; do\n  echo $i\ndone\n",
  "1\n2\n",
  0
 ],
 [
  "echo ok; exit 7; echo not\n",
  "ok\n",
  7
 ],
 [
  "set -u\necho $nope\necho after\n",
  "s.sh: line 2: nope: parameter not set\n",
  2
 ]
];

