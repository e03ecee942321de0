# checks: commit -c applies Dockerfile instructions to the new image's config; RUN is not allowed.
docker run --name cc alpine sh -c 'echo hi > /greeting'
docker commit -c 'CMD ["cat","/greeting"]' -c 'ENV A=1' -c 'WORKDIR /srv' -c 'LABEL k=v' cc changed:v1
docker run --name cc2 changed:v1
docker image inspect -f '{{json .Config.Cmd}} {{json .Config.Env}} {{.Config.WorkingDir}} {{json .Config.Labels}}' changed:v1
docker commit -c 'RUN echo' cc bad
docker commit --change 'EXPOSE 80' cc exposed
docker image inspect -f '{{json .Config.ExposedPorts}}' exposed
