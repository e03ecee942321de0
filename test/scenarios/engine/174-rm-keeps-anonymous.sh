# checks: docker rm without -v leaves the anonymous volume behind, dangling.
docker run --name rk -v /anon alpine true
docker rm rk
docker volume ls -q --filter dangling=true | wc -l
