"""Workload identity: short-lived tokens from the platform the code runs on (a Kubernetes service
account, an Azure managed identity, a GCP instance) exchanged for OpenAI access tokens, instead of
a long-lived API key: `OpenAI(workload_identity={...})`."""

from __future__ import annotations

from ._workload import (
    SubjectTokenProvider as SubjectTokenProvider,
)
from ._workload import (
    WorkloadIdentity as WorkloadIdentity,
)
from ._workload import (
    WorkloadIdentityAuth as WorkloadIdentityAuth,
)
from ._workload import (
    azure_managed_identity_token_provider as azure_managed_identity_token_provider,
)
from ._workload import (
    gcp_id_token_provider as gcp_id_token_provider,
)
from ._workload import (
    k8s_service_account_token_provider as k8s_service_account_token_provider,
)

__all__ = [
    "SubjectTokenProvider",
    "WorkloadIdentity",
    "WorkloadIdentityAuth",
    "k8s_service_account_token_provider",
    "azure_managed_identity_token_provider",
    "gcp_id_token_provider",
]
