/** Checks the Kubernetes manifests under k8s/: renders each overlay, parses every object strictly, enforces the rules. */
package uk.nhs.cohortcoach.k8scheck;
