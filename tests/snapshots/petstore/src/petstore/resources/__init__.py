# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.
"""Resource classes. Import from the submodules; this package stays empty so that importing the
client does not import every resource."""
