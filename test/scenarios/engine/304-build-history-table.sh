# checks: docker history of a built image: the default table, <missing> for the base image rows, sizes, truncation; -H=false and -q
# normalize: ["docker history", "\\d+ (?:seconds|minutes|hours|days|weeks|months|years) ago|About an? (?:minute|hour) ago|Less than a second ago|\\d{4}-\\d\\d-\\d\\dT[0-9:]+Z", "<created>"]
# normalize: ["", "(DONE|ERROR:?) \\d+\\.\\d+s", "$1 <t>"]
# normalize: ["", "^(#\\d+) \\d+\\.\\d+ ", "$1 <t> "]
# normalize: ["", "^(#\\d+ .*) \\d+\\.\\d+s done$", "$1 done"]
# normalize: ["", "(transferring (?:dockerfile|context): )\\d+(?:\\.\\d+)?[kM]?B", "$1<size>"]
mkdir ctx && printf 'FROM alpine:3.20\nRUN head -c 1500 /dev/zero > /blob\nCOPY a.txt /srv/a.txt\nCMD ["cat", "/srv/a.txt"]\n' > ctx/Dockerfile && echo a > ctx/a.txt
docker build -q -t bt304 ctx >/dev/null
docker history bt304
docker history --format 'table {{.ID}}\t{{.Size}}' bt304
docker history -H=false --format '{{.Size}} {{.CreatedBy}}' bt304
docker history -q bt304
