# checks: commit -c applies Dockerfile instructions to the new image's config; RUN is not allowed.
# patched: 5 stderr "Error response from daemon: RUN is not a valid change command\n" -- moby v28.5.2 builder/dockerfile/builder.go:343 with the BuildKit parser keeping the instruction as written (vendor/github.com/moby/buildkit/frontend/dockerfile/parser/parser.go:239 Value: cmd); 20.10's parser lower-cased it
docker run --name cc alpine sh -c 'echo hi > /greeting'
docker commit -c 'CMD ["cat","/greeting"]' -c 'ENV A=1' -c 'WORKDIR /srv' -c 'LABEL k=v' cc changed:v1
docker run --name cc2 changed:v1
docker image inspect -f '{{json .Config.Cmd}} {{json .Config.Env}} {{.Config.WorkingDir}} {{json .Config.Labels}}' changed:v1
docker commit -c 'RUN echo' cc bad
docker commit --change 'EXPOSE 80' cc exposed
docker image inspect -f '{{json .Config.ExposedPorts}}' exposed
