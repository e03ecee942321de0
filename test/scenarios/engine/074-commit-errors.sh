# checks: commit of an unknown container, an invalid reference, no arguments.
docker create --name ce alpine
docker commit nosuch img
docker commit ce 'Bad:Ref'
docker commit ce a:b:c
docker commit
