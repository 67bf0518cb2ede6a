#!/usr/bin/env bash
# Roll out a new image: kubectl apply the manifest, then wait for the Deployment to finish.
set -euo pipefail

kubectl apply -f deploy/deployment.yaml
kubectl rollout status deployment/web --timeout=120s
kubectl get pods -l app=web
# Debug a pod that does not start:
#   kubectl describe pod <name>
#   kubectl logs <name> --previous
