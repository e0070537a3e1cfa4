# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

__title__ = "petstore"
__version__ = "0.1.0"
