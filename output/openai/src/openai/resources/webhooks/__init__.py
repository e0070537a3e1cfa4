"""`client.webhooks`: verifying and reading the webhooks the API sends to your endpoint."""

from .webhooks import AsyncWebhooks as AsyncWebhooks
from .webhooks import Webhooks as Webhooks

__all__ = ["Webhooks", "AsyncWebhooks"]
