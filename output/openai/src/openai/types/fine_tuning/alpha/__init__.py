# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from .grader_run_params import GraderRunParams as GraderRunParams
from .grader_validate_params import GraderValidateParams as GraderValidateParams
