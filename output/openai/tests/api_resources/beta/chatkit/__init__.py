# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.
