# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

__title__ = "openai"
__version__ = "2.40.0"
