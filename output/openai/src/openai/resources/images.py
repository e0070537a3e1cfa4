# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Mapping, Optional, Union, cast, overload

import httpx
from typing_extensions import Literal

from .._base_client import make_request_options
from .._compat import cached_property
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._streaming import AsyncStream, Stream
from .._types import Body, FileTypes, Headers, NotGiven, Omit, Query, not_given, omit
from .._utils import (
    async_maybe_transform,
    deepcopy_minimal,
    extract_files,
    maybe_transform,
)
from ..types import image_create_variation_params, image_edit_params, image_generate_params
from ..types.image_edit_stream_event import ImageEditStreamEvent
from ..types.image_gen_stream_event import ImageGenStreamEvent
from ..types.image_model import ImageModel
from ..types.images_response import ImagesResponse

__all__ = ["Images", "AsyncImages"]


class Images(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ImagesWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return ImagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ImagesWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return ImagesWithStreamingResponse(self)

    def create_variation(
        self,
        *,
        image: FileTypes,
        model: Optional[Union[str, Literal["dall-e-2"]]] | Omit = omit,
        n: Optional[int] | Omit = omit,
        response_format: Optional[Literal["url", "b64_json"]] | Omit = omit,
        size: Optional[Literal["256x256", "512x512", "1024x1024"]] | Omit = omit,
        user: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ImagesResponse:
        """
        Creates a variation of a given image. This endpoint only supports `dall-e-2`.

        Args:
          image: The image to use as the basis for the variation(s). Must be a valid PNG file, less than 4MB, and square.

          model: The model to use for image generation. Only `dall-e-2` is supported at this time.

          n: The number of images to generate. Must be between 1 and 10.

          response_format: The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated.

          size: The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        body = deepcopy_minimal(
            {
                "image": image,
                "model": model,
                "n": n,
                "response_format": response_format,
                "size": size,
                "user": user,
            }
        )
        extracted_files = extract_files(cast(Mapping[str, object], body), paths=[["image"]])
        # httpx writes the `boundary=` parameter of this header when it encodes the form
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return self._post(
            "/images/variations",
            body=maybe_transform(body, image_create_variation_params.ImageCreateVariationParams),
            files=extracted_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=ImagesResponse,
        )

    @overload
    def edit(
        self,
        *,
        image: Union[FileTypes, Iterable[FileTypes]],
        prompt: str,
        stream: Literal[False] | Omit = omit,
        mask: FileTypes | Omit = omit,
        background: Optional[Literal["transparent", "opaque", "auto"]] | Omit = omit,
        model: Optional[
            Union[str, Literal["gpt-image-1.5", "dall-e-2", "gpt-image-1", "gpt-image-1-mini", "chatgpt-image-latest"]]
        ]
        | Omit = omit,
        n: Optional[int] | Omit = omit,
        size: Optional[Union[str, Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]]]
        | Omit = omit,
        response_format: Optional[Literal["url", "b64_json"]] | Omit = omit,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | Omit = omit,
        output_compression: Optional[int] | Omit = omit,
        user: str | Omit = omit,
        input_fidelity: Optional[Literal["high", "low"]] | Omit = omit,
        partial_images: Optional[int] | Omit = omit,
        quality: Optional[Literal["standard", "low", "medium", "high", "auto"]] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ImagesResponse:
        """
        You can call this endpoint with either:

        - `multipart/form-data`: use binary uploads via `image` (and optional `mask`).
        - `application/json`: use `images` (and optional `mask`) as references with either `image_url` or `file_id`.

        Note that JSON requests use `images` (array) instead of the multipart `image` field.

        Args:
          image: The image(s) to edit. Must be a supported image file or an array of images.

            For the GPT image models (`gpt-image-1`, `gpt-image-1-mini`, and `gpt-image-1.5`), each image should be a `png`, `webp`, or `jpg`
            file less than 50MB. You can provide up to 16 images.
            `chatgpt-image-latest` follows the same input constraints as GPT image models.

            For `dall-e-2`, you can only provide one image, and it should be a square
            `png` file less than 4MB.

          prompt: A text description of the desired image(s). The maximum length is 1000 characters for `dall-e-2`, and 32000 characters for the GPT image models.

          mask: An additional image whose fully transparent areas (e.g. where alpha is zero) indicate where `image` should be edited. If there are multiple images provided, the mask will be applied on the first image. Must be a valid PNG file, less than 4MB, and have the same dimensions as `image`.

          background: Allows to set transparency for the background of the generated image(s).
            This parameter is only supported for the GPT image models. Must be one of
            `transparent`, `opaque` or `auto` (default value). When `auto` is used, the
            model will automatically determine the best background for the image.

            If `transparent`, the output format needs to support transparency, so it
            should be set to either `png` (default value) or `webp`.

          model: The model to use for image generation. Defaults to `gpt-image-1.5`.

          n: The number of images to generate. Must be between 1 and 10.

          size: The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.

          response_format: The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter is only supported for `dall-e-2` (default is `url` for `dall-e-2`), as GPT image models always return base64-encoded images.

          output_format: The format in which the generated images are returned. This parameter is
            only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`.
            The default value is `png`.

          output_compression: The compression level (0-100%) for the generated images. This parameter
            is only supported for the GPT image models with the `webp` or `jpeg` output
            formats, and defaults to 100.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).

          stream: Edit the image in streaming mode. Defaults to `false`. See the
            [Image generation guide](/docs/guides/image-generation) for more information.

          quality: The quality of the image that will be generated for GPT image models. Defaults to `auto`.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    @overload
    def edit(
        self,
        *,
        image: Union[FileTypes, Iterable[FileTypes]],
        prompt: str,
        stream: Literal[True],
        mask: FileTypes | Omit = omit,
        background: Optional[Literal["transparent", "opaque", "auto"]] | Omit = omit,
        model: Optional[
            Union[str, Literal["gpt-image-1.5", "dall-e-2", "gpt-image-1", "gpt-image-1-mini", "chatgpt-image-latest"]]
        ]
        | Omit = omit,
        n: Optional[int] | Omit = omit,
        size: Optional[Union[str, Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]]]
        | Omit = omit,
        response_format: Optional[Literal["url", "b64_json"]] | Omit = omit,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | Omit = omit,
        output_compression: Optional[int] | Omit = omit,
        user: str | Omit = omit,
        input_fidelity: Optional[Literal["high", "low"]] | Omit = omit,
        partial_images: Optional[int] | Omit = omit,
        quality: Optional[Literal["standard", "low", "medium", "high", "auto"]] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Stream[ImageEditStreamEvent]:
        """
        You can call this endpoint with either:

        - `multipart/form-data`: use binary uploads via `image` (and optional `mask`).
        - `application/json`: use `images` (and optional `mask`) as references with either `image_url` or `file_id`.

        Note that JSON requests use `images` (array) instead of the multipart `image` field.

        Args:
          image: The image(s) to edit. Must be a supported image file or an array of images.

            For the GPT image models (`gpt-image-1`, `gpt-image-1-mini`, and `gpt-image-1.5`), each image should be a `png`, `webp`, or `jpg`
            file less than 50MB. You can provide up to 16 images.
            `chatgpt-image-latest` follows the same input constraints as GPT image models.

            For `dall-e-2`, you can only provide one image, and it should be a square
            `png` file less than 4MB.

          prompt: A text description of the desired image(s). The maximum length is 1000 characters for `dall-e-2`, and 32000 characters for the GPT image models.

          mask: An additional image whose fully transparent areas (e.g. where alpha is zero) indicate where `image` should be edited. If there are multiple images provided, the mask will be applied on the first image. Must be a valid PNG file, less than 4MB, and have the same dimensions as `image`.

          background: Allows to set transparency for the background of the generated image(s).
            This parameter is only supported for the GPT image models. Must be one of
            `transparent`, `opaque` or `auto` (default value). When `auto` is used, the
            model will automatically determine the best background for the image.

            If `transparent`, the output format needs to support transparency, so it
            should be set to either `png` (default value) or `webp`.

          model: The model to use for image generation. Defaults to `gpt-image-1.5`.

          n: The number of images to generate. Must be between 1 and 10.

          size: The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.

          response_format: The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter is only supported for `dall-e-2` (default is `url` for `dall-e-2`), as GPT image models always return base64-encoded images.

          output_format: The format in which the generated images are returned. This parameter is
            only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`.
            The default value is `png`.

          output_compression: The compression level (0-100%) for the generated images. This parameter
            is only supported for the GPT image models with the `webp` or `jpeg` output
            formats, and defaults to 100.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).

          stream: Edit the image in streaming mode. Defaults to `false`. See the
            [Image generation guide](/docs/guides/image-generation) for more information.

          quality: The quality of the image that will be generated for GPT image models. Defaults to `auto`.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    @overload
    def edit(
        self,
        *,
        image: Union[FileTypes, Iterable[FileTypes]],
        prompt: str,
        stream: bool,
        mask: FileTypes | Omit = omit,
        background: Optional[Literal["transparent", "opaque", "auto"]] | Omit = omit,
        model: Optional[
            Union[str, Literal["gpt-image-1.5", "dall-e-2", "gpt-image-1", "gpt-image-1-mini", "chatgpt-image-latest"]]
        ]
        | Omit = omit,
        n: Optional[int] | Omit = omit,
        size: Optional[Union[str, Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]]]
        | Omit = omit,
        response_format: Optional[Literal["url", "b64_json"]] | Omit = omit,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | Omit = omit,
        output_compression: Optional[int] | Omit = omit,
        user: str | Omit = omit,
        input_fidelity: Optional[Literal["high", "low"]] | Omit = omit,
        partial_images: Optional[int] | Omit = omit,
        quality: Optional[Literal["standard", "low", "medium", "high", "auto"]] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ImagesResponse | Stream[ImageEditStreamEvent]:
        """
        You can call this endpoint with either:

        - `multipart/form-data`: use binary uploads via `image` (and optional `mask`).
        - `application/json`: use `images` (and optional `mask`) as references with either `image_url` or `file_id`.

        Note that JSON requests use `images` (array) instead of the multipart `image` field.

        Args:
          image: The image(s) to edit. Must be a supported image file or an array of images.

            For the GPT image models (`gpt-image-1`, `gpt-image-1-mini`, and `gpt-image-1.5`), each image should be a `png`, `webp`, or `jpg`
            file less than 50MB. You can provide up to 16 images.
            `chatgpt-image-latest` follows the same input constraints as GPT image models.

            For `dall-e-2`, you can only provide one image, and it should be a square
            `png` file less than 4MB.

          prompt: A text description of the desired image(s). The maximum length is 1000 characters for `dall-e-2`, and 32000 characters for the GPT image models.

          mask: An additional image whose fully transparent areas (e.g. where alpha is zero) indicate where `image` should be edited. If there are multiple images provided, the mask will be applied on the first image. Must be a valid PNG file, less than 4MB, and have the same dimensions as `image`.

          background: Allows to set transparency for the background of the generated image(s).
            This parameter is only supported for the GPT image models. Must be one of
            `transparent`, `opaque` or `auto` (default value). When `auto` is used, the
            model will automatically determine the best background for the image.

            If `transparent`, the output format needs to support transparency, so it
            should be set to either `png` (default value) or `webp`.

          model: The model to use for image generation. Defaults to `gpt-image-1.5`.

          n: The number of images to generate. Must be between 1 and 10.

          size: The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.

          response_format: The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter is only supported for `dall-e-2` (default is `url` for `dall-e-2`), as GPT image models always return base64-encoded images.

          output_format: The format in which the generated images are returned. This parameter is
            only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`.
            The default value is `png`.

          output_compression: The compression level (0-100%) for the generated images. This parameter
            is only supported for the GPT image models with the `webp` or `jpeg` output
            formats, and defaults to 100.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).

          stream: Edit the image in streaming mode. Defaults to `false`. See the
            [Image generation guide](/docs/guides/image-generation) for more information.

          quality: The quality of the image that will be generated for GPT image models. Defaults to `auto`.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    def edit(
        self,
        *,
        image: Union[FileTypes, Iterable[FileTypes]],
        prompt: str,
        stream: Optional[Literal[False]] | Literal[True] | Omit = omit,
        mask: FileTypes | Omit = omit,
        background: Optional[Literal["transparent", "opaque", "auto"]] | Omit = omit,
        model: Optional[
            Union[str, Literal["gpt-image-1.5", "dall-e-2", "gpt-image-1", "gpt-image-1-mini", "chatgpt-image-latest"]]
        ]
        | Omit = omit,
        n: Optional[int] | Omit = omit,
        size: Optional[Union[str, Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]]]
        | Omit = omit,
        response_format: Optional[Literal["url", "b64_json"]] | Omit = omit,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | Omit = omit,
        output_compression: Optional[int] | Omit = omit,
        user: str | Omit = omit,
        input_fidelity: Optional[Literal["high", "low"]] | Omit = omit,
        partial_images: Optional[int] | Omit = omit,
        quality: Optional[Literal["standard", "low", "medium", "high", "auto"]] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ImagesResponse | Stream[ImageEditStreamEvent]:
        if stream:
            extra_headers = {"Accept": "text/event-stream", **(extra_headers or {})}
        body = deepcopy_minimal(
            {
                "image": image,
                "prompt": prompt,
                "mask": mask,
                "background": background,
                "model": model,
                "n": n,
                "size": size,
                "response_format": response_format,
                "output_format": output_format,
                "output_compression": output_compression,
                "user": user,
                "input_fidelity": input_fidelity,
                "stream": stream,
                "partial_images": partial_images,
                "quality": quality,
            }
        )
        extracted_files = extract_files(
            cast(Mapping[str, object], body), paths=[["image", "<array>"], ["image"], ["mask"]]
        )
        # httpx writes the `boundary=` parameter of this header when it encodes the form
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return self._post(
            "/images/edits",
            body=maybe_transform(body, image_edit_params.ImageEditParams),
            files=extracted_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=ImagesResponse,
            stream=stream or False,
            stream_cls=Stream[ImageEditStreamEvent],
        )

    @overload
    def generate(
        self,
        *,
        prompt: str,
        stream: Literal[False] | Omit = omit,
        model: Optional[Union[str, ImageModel]] | Omit = omit,
        n: Optional[int] | Omit = omit,
        quality: Optional[Literal["standard", "hd", "low", "medium", "high", "auto"]] | Omit = omit,
        response_format: Optional[Literal["url", "b64_json"]] | Omit = omit,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | Omit = omit,
        output_compression: Optional[int] | Omit = omit,
        partial_images: Optional[int] | Omit = omit,
        size: Optional[
            Union[
                str,
                Literal["auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"],
            ]
        ]
        | Omit = omit,
        moderation: Optional[Literal["low", "auto"]] | Omit = omit,
        background: Optional[Literal["transparent", "opaque", "auto"]] | Omit = omit,
        style: Optional[Literal["vivid", "natural"]] | Omit = omit,
        user: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ImagesResponse:
        """
        Creates an image given a prompt. [Learn more](/docs/guides/images).

        Args:
          prompt: A text description of the desired image(s). The maximum length is 32000 characters for the GPT image models, 1000 characters for `dall-e-2` and 4000 characters for `dall-e-3`.

          model: The model to use for image generation. One of `dall-e-2`, `dall-e-3`, or a GPT image model (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`). Defaults to `dall-e-2` unless a parameter specific to the GPT image models is used.

          n: The number of images to generate. Must be between 1 and 10. For `dall-e-3`, only `n=1` is supported.

          quality: The quality of the image that will be generated.

            - `auto` (default value) will automatically select the best quality for the given model.
            - `high`, `medium` and `low` are supported for the GPT image models.
            - `hd` and `standard` are supported for `dall-e-3`.
            - `standard` is the only option for `dall-e-2`.

          response_format: The format in which generated images with `dall-e-2` and `dall-e-3` are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter isn't supported for the GPT image models, which always return base64-encoded images.

          output_format: The format in which the generated images are returned. This parameter is only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`.

          output_compression: The compression level (0-100%) for the generated images. This parameter is only supported for the GPT image models with the `webp` or `jpeg` output formats, and defaults to 100.

          stream: Generate the image in streaming mode. Defaults to `false`. See the
            [Image generation guide](/docs/guides/image-generation) for more information.
            This parameter is only supported for the GPT image models.

          size: The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.

          moderation: Control the content-moderation level for images generated by the GPT image models. Must be either `low` for less restrictive filtering or `auto` (default value).

          background: Allows to set transparency for the background of the generated image(s).
            This parameter is only supported for the GPT image models. Must be one of
            `transparent`, `opaque` or `auto` (default value). When `auto` is used, the
            model will automatically determine the best background for the image.

            If `transparent`, the output format needs to support transparency, so it
            should be set to either `png` (default value) or `webp`.

          style: The style of the generated images. This parameter is only supported for `dall-e-3`. Must be one of `vivid` or `natural`. Vivid causes the model to lean towards generating hyper-real and dramatic images. Natural causes the model to produce more natural, less hyper-real looking images.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    @overload
    def generate(
        self,
        *,
        prompt: str,
        stream: Literal[True],
        model: Optional[Union[str, ImageModel]] | Omit = omit,
        n: Optional[int] | Omit = omit,
        quality: Optional[Literal["standard", "hd", "low", "medium", "high", "auto"]] | Omit = omit,
        response_format: Optional[Literal["url", "b64_json"]] | Omit = omit,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | Omit = omit,
        output_compression: Optional[int] | Omit = omit,
        partial_images: Optional[int] | Omit = omit,
        size: Optional[
            Union[
                str,
                Literal["auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"],
            ]
        ]
        | Omit = omit,
        moderation: Optional[Literal["low", "auto"]] | Omit = omit,
        background: Optional[Literal["transparent", "opaque", "auto"]] | Omit = omit,
        style: Optional[Literal["vivid", "natural"]] | Omit = omit,
        user: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Stream[ImageGenStreamEvent]:
        """
        Creates an image given a prompt. [Learn more](/docs/guides/images).

        Args:
          prompt: A text description of the desired image(s). The maximum length is 32000 characters for the GPT image models, 1000 characters for `dall-e-2` and 4000 characters for `dall-e-3`.

          model: The model to use for image generation. One of `dall-e-2`, `dall-e-3`, or a GPT image model (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`). Defaults to `dall-e-2` unless a parameter specific to the GPT image models is used.

          n: The number of images to generate. Must be between 1 and 10. For `dall-e-3`, only `n=1` is supported.

          quality: The quality of the image that will be generated.

            - `auto` (default value) will automatically select the best quality for the given model.
            - `high`, `medium` and `low` are supported for the GPT image models.
            - `hd` and `standard` are supported for `dall-e-3`.
            - `standard` is the only option for `dall-e-2`.

          response_format: The format in which generated images with `dall-e-2` and `dall-e-3` are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter isn't supported for the GPT image models, which always return base64-encoded images.

          output_format: The format in which the generated images are returned. This parameter is only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`.

          output_compression: The compression level (0-100%) for the generated images. This parameter is only supported for the GPT image models with the `webp` or `jpeg` output formats, and defaults to 100.

          stream: Generate the image in streaming mode. Defaults to `false`. See the
            [Image generation guide](/docs/guides/image-generation) for more information.
            This parameter is only supported for the GPT image models.

          size: The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.

          moderation: Control the content-moderation level for images generated by the GPT image models. Must be either `low` for less restrictive filtering or `auto` (default value).

          background: Allows to set transparency for the background of the generated image(s).
            This parameter is only supported for the GPT image models. Must be one of
            `transparent`, `opaque` or `auto` (default value). When `auto` is used, the
            model will automatically determine the best background for the image.

            If `transparent`, the output format needs to support transparency, so it
            should be set to either `png` (default value) or `webp`.

          style: The style of the generated images. This parameter is only supported for `dall-e-3`. Must be one of `vivid` or `natural`. Vivid causes the model to lean towards generating hyper-real and dramatic images. Natural causes the model to produce more natural, less hyper-real looking images.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    @overload
    def generate(
        self,
        *,
        prompt: str,
        stream: bool,
        model: Optional[Union[str, ImageModel]] | Omit = omit,
        n: Optional[int] | Omit = omit,
        quality: Optional[Literal["standard", "hd", "low", "medium", "high", "auto"]] | Omit = omit,
        response_format: Optional[Literal["url", "b64_json"]] | Omit = omit,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | Omit = omit,
        output_compression: Optional[int] | Omit = omit,
        partial_images: Optional[int] | Omit = omit,
        size: Optional[
            Union[
                str,
                Literal["auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"],
            ]
        ]
        | Omit = omit,
        moderation: Optional[Literal["low", "auto"]] | Omit = omit,
        background: Optional[Literal["transparent", "opaque", "auto"]] | Omit = omit,
        style: Optional[Literal["vivid", "natural"]] | Omit = omit,
        user: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ImagesResponse | Stream[ImageGenStreamEvent]:
        """
        Creates an image given a prompt. [Learn more](/docs/guides/images).

        Args:
          prompt: A text description of the desired image(s). The maximum length is 32000 characters for the GPT image models, 1000 characters for `dall-e-2` and 4000 characters for `dall-e-3`.

          model: The model to use for image generation. One of `dall-e-2`, `dall-e-3`, or a GPT image model (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`). Defaults to `dall-e-2` unless a parameter specific to the GPT image models is used.

          n: The number of images to generate. Must be between 1 and 10. For `dall-e-3`, only `n=1` is supported.

          quality: The quality of the image that will be generated.

            - `auto` (default value) will automatically select the best quality for the given model.
            - `high`, `medium` and `low` are supported for the GPT image models.
            - `hd` and `standard` are supported for `dall-e-3`.
            - `standard` is the only option for `dall-e-2`.

          response_format: The format in which generated images with `dall-e-2` and `dall-e-3` are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter isn't supported for the GPT image models, which always return base64-encoded images.

          output_format: The format in which the generated images are returned. This parameter is only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`.

          output_compression: The compression level (0-100%) for the generated images. This parameter is only supported for the GPT image models with the `webp` or `jpeg` output formats, and defaults to 100.

          stream: Generate the image in streaming mode. Defaults to `false`. See the
            [Image generation guide](/docs/guides/image-generation) for more information.
            This parameter is only supported for the GPT image models.

          size: The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.

          moderation: Control the content-moderation level for images generated by the GPT image models. Must be either `low` for less restrictive filtering or `auto` (default value).

          background: Allows to set transparency for the background of the generated image(s).
            This parameter is only supported for the GPT image models. Must be one of
            `transparent`, `opaque` or `auto` (default value). When `auto` is used, the
            model will automatically determine the best background for the image.

            If `transparent`, the output format needs to support transparency, so it
            should be set to either `png` (default value) or `webp`.

          style: The style of the generated images. This parameter is only supported for `dall-e-3`. Must be one of `vivid` or `natural`. Vivid causes the model to lean towards generating hyper-real and dramatic images. Natural causes the model to produce more natural, less hyper-real looking images.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    def generate(
        self,
        *,
        prompt: str,
        stream: Optional[Literal[False]] | Literal[True] | Omit = omit,
        model: Optional[Union[str, ImageModel]] | Omit = omit,
        n: Optional[int] | Omit = omit,
        quality: Optional[Literal["standard", "hd", "low", "medium", "high", "auto"]] | Omit = omit,
        response_format: Optional[Literal["url", "b64_json"]] | Omit = omit,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | Omit = omit,
        output_compression: Optional[int] | Omit = omit,
        partial_images: Optional[int] | Omit = omit,
        size: Optional[
            Union[
                str,
                Literal["auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"],
            ]
        ]
        | Omit = omit,
        moderation: Optional[Literal["low", "auto"]] | Omit = omit,
        background: Optional[Literal["transparent", "opaque", "auto"]] | Omit = omit,
        style: Optional[Literal["vivid", "natural"]] | Omit = omit,
        user: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ImagesResponse | Stream[ImageGenStreamEvent]:
        if stream:
            extra_headers = {"Accept": "text/event-stream", **(extra_headers or {})}
        return self._post(
            "/images/generations",
            body=maybe_transform(
                {
                    "prompt": prompt,
                    "model": model,
                    "n": n,
                    "quality": quality,
                    "response_format": response_format,
                    "output_format": output_format,
                    "output_compression": output_compression,
                    "stream": stream,
                    "partial_images": partial_images,
                    "size": size,
                    "moderation": moderation,
                    "background": background,
                    "style": style,
                    "user": user,
                },
                image_generate_params.ImageGenerateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=ImagesResponse,
            stream=stream or False,
            stream_cls=Stream[ImageGenStreamEvent],
        )


class AsyncImages(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncImagesWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncImagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncImagesWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncImagesWithStreamingResponse(self)

    async def create_variation(
        self,
        *,
        image: FileTypes,
        model: Optional[Union[str, Literal["dall-e-2"]]] | Omit = omit,
        n: Optional[int] | Omit = omit,
        response_format: Optional[Literal["url", "b64_json"]] | Omit = omit,
        size: Optional[Literal["256x256", "512x512", "1024x1024"]] | Omit = omit,
        user: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ImagesResponse:
        """
        Creates a variation of a given image. This endpoint only supports `dall-e-2`.

        Args:
          image: The image to use as the basis for the variation(s). Must be a valid PNG file, less than 4MB, and square.

          model: The model to use for image generation. Only `dall-e-2` is supported at this time.

          n: The number of images to generate. Must be between 1 and 10.

          response_format: The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated.

          size: The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        body = deepcopy_minimal(
            {
                "image": image,
                "model": model,
                "n": n,
                "response_format": response_format,
                "size": size,
                "user": user,
            }
        )
        extracted_files = extract_files(cast(Mapping[str, object], body), paths=[["image"]])
        # httpx writes the `boundary=` parameter of this header when it encodes the form
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return await self._post(
            "/images/variations",
            body=await async_maybe_transform(body, image_create_variation_params.ImageCreateVariationParams),
            files=extracted_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=ImagesResponse,
        )

    @overload
    async def edit(
        self,
        *,
        image: Union[FileTypes, Iterable[FileTypes]],
        prompt: str,
        stream: Literal[False] | Omit = omit,
        mask: FileTypes | Omit = omit,
        background: Optional[Literal["transparent", "opaque", "auto"]] | Omit = omit,
        model: Optional[
            Union[str, Literal["gpt-image-1.5", "dall-e-2", "gpt-image-1", "gpt-image-1-mini", "chatgpt-image-latest"]]
        ]
        | Omit = omit,
        n: Optional[int] | Omit = omit,
        size: Optional[Union[str, Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]]]
        | Omit = omit,
        response_format: Optional[Literal["url", "b64_json"]] | Omit = omit,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | Omit = omit,
        output_compression: Optional[int] | Omit = omit,
        user: str | Omit = omit,
        input_fidelity: Optional[Literal["high", "low"]] | Omit = omit,
        partial_images: Optional[int] | Omit = omit,
        quality: Optional[Literal["standard", "low", "medium", "high", "auto"]] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ImagesResponse:
        """
        You can call this endpoint with either:

        - `multipart/form-data`: use binary uploads via `image` (and optional `mask`).
        - `application/json`: use `images` (and optional `mask`) as references with either `image_url` or `file_id`.

        Note that JSON requests use `images` (array) instead of the multipart `image` field.

        Args:
          image: The image(s) to edit. Must be a supported image file or an array of images.

            For the GPT image models (`gpt-image-1`, `gpt-image-1-mini`, and `gpt-image-1.5`), each image should be a `png`, `webp`, or `jpg`
            file less than 50MB. You can provide up to 16 images.
            `chatgpt-image-latest` follows the same input constraints as GPT image models.

            For `dall-e-2`, you can only provide one image, and it should be a square
            `png` file less than 4MB.

          prompt: A text description of the desired image(s). The maximum length is 1000 characters for `dall-e-2`, and 32000 characters for the GPT image models.

          mask: An additional image whose fully transparent areas (e.g. where alpha is zero) indicate where `image` should be edited. If there are multiple images provided, the mask will be applied on the first image. Must be a valid PNG file, less than 4MB, and have the same dimensions as `image`.

          background: Allows to set transparency for the background of the generated image(s).
            This parameter is only supported for the GPT image models. Must be one of
            `transparent`, `opaque` or `auto` (default value). When `auto` is used, the
            model will automatically determine the best background for the image.

            If `transparent`, the output format needs to support transparency, so it
            should be set to either `png` (default value) or `webp`.

          model: The model to use for image generation. Defaults to `gpt-image-1.5`.

          n: The number of images to generate. Must be between 1 and 10.

          size: The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.

          response_format: The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter is only supported for `dall-e-2` (default is `url` for `dall-e-2`), as GPT image models always return base64-encoded images.

          output_format: The format in which the generated images are returned. This parameter is
            only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`.
            The default value is `png`.

          output_compression: The compression level (0-100%) for the generated images. This parameter
            is only supported for the GPT image models with the `webp` or `jpeg` output
            formats, and defaults to 100.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).

          stream: Edit the image in streaming mode. Defaults to `false`. See the
            [Image generation guide](/docs/guides/image-generation) for more information.

          quality: The quality of the image that will be generated for GPT image models. Defaults to `auto`.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    @overload
    async def edit(
        self,
        *,
        image: Union[FileTypes, Iterable[FileTypes]],
        prompt: str,
        stream: Literal[True],
        mask: FileTypes | Omit = omit,
        background: Optional[Literal["transparent", "opaque", "auto"]] | Omit = omit,
        model: Optional[
            Union[str, Literal["gpt-image-1.5", "dall-e-2", "gpt-image-1", "gpt-image-1-mini", "chatgpt-image-latest"]]
        ]
        | Omit = omit,
        n: Optional[int] | Omit = omit,
        size: Optional[Union[str, Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]]]
        | Omit = omit,
        response_format: Optional[Literal["url", "b64_json"]] | Omit = omit,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | Omit = omit,
        output_compression: Optional[int] | Omit = omit,
        user: str | Omit = omit,
        input_fidelity: Optional[Literal["high", "low"]] | Omit = omit,
        partial_images: Optional[int] | Omit = omit,
        quality: Optional[Literal["standard", "low", "medium", "high", "auto"]] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncStream[ImageEditStreamEvent]:
        """
        You can call this endpoint with either:

        - `multipart/form-data`: use binary uploads via `image` (and optional `mask`).
        - `application/json`: use `images` (and optional `mask`) as references with either `image_url` or `file_id`.

        Note that JSON requests use `images` (array) instead of the multipart `image` field.

        Args:
          image: The image(s) to edit. Must be a supported image file or an array of images.

            For the GPT image models (`gpt-image-1`, `gpt-image-1-mini`, and `gpt-image-1.5`), each image should be a `png`, `webp`, or `jpg`
            file less than 50MB. You can provide up to 16 images.
            `chatgpt-image-latest` follows the same input constraints as GPT image models.

            For `dall-e-2`, you can only provide one image, and it should be a square
            `png` file less than 4MB.

          prompt: A text description of the desired image(s). The maximum length is 1000 characters for `dall-e-2`, and 32000 characters for the GPT image models.

          mask: An additional image whose fully transparent areas (e.g. where alpha is zero) indicate where `image` should be edited. If there are multiple images provided, the mask will be applied on the first image. Must be a valid PNG file, less than 4MB, and have the same dimensions as `image`.

          background: Allows to set transparency for the background of the generated image(s).
            This parameter is only supported for the GPT image models. Must be one of
            `transparent`, `opaque` or `auto` (default value). When `auto` is used, the
            model will automatically determine the best background for the image.

            If `transparent`, the output format needs to support transparency, so it
            should be set to either `png` (default value) or `webp`.

          model: The model to use for image generation. Defaults to `gpt-image-1.5`.

          n: The number of images to generate. Must be between 1 and 10.

          size: The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.

          response_format: The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter is only supported for `dall-e-2` (default is `url` for `dall-e-2`), as GPT image models always return base64-encoded images.

          output_format: The format in which the generated images are returned. This parameter is
            only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`.
            The default value is `png`.

          output_compression: The compression level (0-100%) for the generated images. This parameter
            is only supported for the GPT image models with the `webp` or `jpeg` output
            formats, and defaults to 100.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).

          stream: Edit the image in streaming mode. Defaults to `false`. See the
            [Image generation guide](/docs/guides/image-generation) for more information.

          quality: The quality of the image that will be generated for GPT image models. Defaults to `auto`.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    @overload
    async def edit(
        self,
        *,
        image: Union[FileTypes, Iterable[FileTypes]],
        prompt: str,
        stream: bool,
        mask: FileTypes | Omit = omit,
        background: Optional[Literal["transparent", "opaque", "auto"]] | Omit = omit,
        model: Optional[
            Union[str, Literal["gpt-image-1.5", "dall-e-2", "gpt-image-1", "gpt-image-1-mini", "chatgpt-image-latest"]]
        ]
        | Omit = omit,
        n: Optional[int] | Omit = omit,
        size: Optional[Union[str, Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]]]
        | Omit = omit,
        response_format: Optional[Literal["url", "b64_json"]] | Omit = omit,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | Omit = omit,
        output_compression: Optional[int] | Omit = omit,
        user: str | Omit = omit,
        input_fidelity: Optional[Literal["high", "low"]] | Omit = omit,
        partial_images: Optional[int] | Omit = omit,
        quality: Optional[Literal["standard", "low", "medium", "high", "auto"]] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ImagesResponse | AsyncStream[ImageEditStreamEvent]:
        """
        You can call this endpoint with either:

        - `multipart/form-data`: use binary uploads via `image` (and optional `mask`).
        - `application/json`: use `images` (and optional `mask`) as references with either `image_url` or `file_id`.

        Note that JSON requests use `images` (array) instead of the multipart `image` field.

        Args:
          image: The image(s) to edit. Must be a supported image file or an array of images.

            For the GPT image models (`gpt-image-1`, `gpt-image-1-mini`, and `gpt-image-1.5`), each image should be a `png`, `webp`, or `jpg`
            file less than 50MB. You can provide up to 16 images.
            `chatgpt-image-latest` follows the same input constraints as GPT image models.

            For `dall-e-2`, you can only provide one image, and it should be a square
            `png` file less than 4MB.

          prompt: A text description of the desired image(s). The maximum length is 1000 characters for `dall-e-2`, and 32000 characters for the GPT image models.

          mask: An additional image whose fully transparent areas (e.g. where alpha is zero) indicate where `image` should be edited. If there are multiple images provided, the mask will be applied on the first image. Must be a valid PNG file, less than 4MB, and have the same dimensions as `image`.

          background: Allows to set transparency for the background of the generated image(s).
            This parameter is only supported for the GPT image models. Must be one of
            `transparent`, `opaque` or `auto` (default value). When `auto` is used, the
            model will automatically determine the best background for the image.

            If `transparent`, the output format needs to support transparency, so it
            should be set to either `png` (default value) or `webp`.

          model: The model to use for image generation. Defaults to `gpt-image-1.5`.

          n: The number of images to generate. Must be between 1 and 10.

          size: The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.

          response_format: The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter is only supported for `dall-e-2` (default is `url` for `dall-e-2`), as GPT image models always return base64-encoded images.

          output_format: The format in which the generated images are returned. This parameter is
            only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`.
            The default value is `png`.

          output_compression: The compression level (0-100%) for the generated images. This parameter
            is only supported for the GPT image models with the `webp` or `jpeg` output
            formats, and defaults to 100.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).

          stream: Edit the image in streaming mode. Defaults to `false`. See the
            [Image generation guide](/docs/guides/image-generation) for more information.

          quality: The quality of the image that will be generated for GPT image models. Defaults to `auto`.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    async def edit(
        self,
        *,
        image: Union[FileTypes, Iterable[FileTypes]],
        prompt: str,
        stream: Optional[Literal[False]] | Literal[True] | Omit = omit,
        mask: FileTypes | Omit = omit,
        background: Optional[Literal["transparent", "opaque", "auto"]] | Omit = omit,
        model: Optional[
            Union[str, Literal["gpt-image-1.5", "dall-e-2", "gpt-image-1", "gpt-image-1-mini", "chatgpt-image-latest"]]
        ]
        | Omit = omit,
        n: Optional[int] | Omit = omit,
        size: Optional[Union[str, Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]]]
        | Omit = omit,
        response_format: Optional[Literal["url", "b64_json"]] | Omit = omit,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | Omit = omit,
        output_compression: Optional[int] | Omit = omit,
        user: str | Omit = omit,
        input_fidelity: Optional[Literal["high", "low"]] | Omit = omit,
        partial_images: Optional[int] | Omit = omit,
        quality: Optional[Literal["standard", "low", "medium", "high", "auto"]] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ImagesResponse | AsyncStream[ImageEditStreamEvent]:
        if stream:
            extra_headers = {"Accept": "text/event-stream", **(extra_headers or {})}
        body = deepcopy_minimal(
            {
                "image": image,
                "prompt": prompt,
                "mask": mask,
                "background": background,
                "model": model,
                "n": n,
                "size": size,
                "response_format": response_format,
                "output_format": output_format,
                "output_compression": output_compression,
                "user": user,
                "input_fidelity": input_fidelity,
                "stream": stream,
                "partial_images": partial_images,
                "quality": quality,
            }
        )
        extracted_files = extract_files(
            cast(Mapping[str, object], body), paths=[["image", "<array>"], ["image"], ["mask"]]
        )
        # httpx writes the `boundary=` parameter of this header when it encodes the form
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return await self._post(
            "/images/edits",
            body=await async_maybe_transform(body, image_edit_params.ImageEditParams),
            files=extracted_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=ImagesResponse,
            stream=stream or False,
            stream_cls=AsyncStream[ImageEditStreamEvent],
        )

    @overload
    async def generate(
        self,
        *,
        prompt: str,
        stream: Literal[False] | Omit = omit,
        model: Optional[Union[str, ImageModel]] | Omit = omit,
        n: Optional[int] | Omit = omit,
        quality: Optional[Literal["standard", "hd", "low", "medium", "high", "auto"]] | Omit = omit,
        response_format: Optional[Literal["url", "b64_json"]] | Omit = omit,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | Omit = omit,
        output_compression: Optional[int] | Omit = omit,
        partial_images: Optional[int] | Omit = omit,
        size: Optional[
            Union[
                str,
                Literal["auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"],
            ]
        ]
        | Omit = omit,
        moderation: Optional[Literal["low", "auto"]] | Omit = omit,
        background: Optional[Literal["transparent", "opaque", "auto"]] | Omit = omit,
        style: Optional[Literal["vivid", "natural"]] | Omit = omit,
        user: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ImagesResponse:
        """
        Creates an image given a prompt. [Learn more](/docs/guides/images).

        Args:
          prompt: A text description of the desired image(s). The maximum length is 32000 characters for the GPT image models, 1000 characters for `dall-e-2` and 4000 characters for `dall-e-3`.

          model: The model to use for image generation. One of `dall-e-2`, `dall-e-3`, or a GPT image model (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`). Defaults to `dall-e-2` unless a parameter specific to the GPT image models is used.

          n: The number of images to generate. Must be between 1 and 10. For `dall-e-3`, only `n=1` is supported.

          quality: The quality of the image that will be generated.

            - `auto` (default value) will automatically select the best quality for the given model.
            - `high`, `medium` and `low` are supported for the GPT image models.
            - `hd` and `standard` are supported for `dall-e-3`.
            - `standard` is the only option for `dall-e-2`.

          response_format: The format in which generated images with `dall-e-2` and `dall-e-3` are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter isn't supported for the GPT image models, which always return base64-encoded images.

          output_format: The format in which the generated images are returned. This parameter is only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`.

          output_compression: The compression level (0-100%) for the generated images. This parameter is only supported for the GPT image models with the `webp` or `jpeg` output formats, and defaults to 100.

          stream: Generate the image in streaming mode. Defaults to `false`. See the
            [Image generation guide](/docs/guides/image-generation) for more information.
            This parameter is only supported for the GPT image models.

          size: The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.

          moderation: Control the content-moderation level for images generated by the GPT image models. Must be either `low` for less restrictive filtering or `auto` (default value).

          background: Allows to set transparency for the background of the generated image(s).
            This parameter is only supported for the GPT image models. Must be one of
            `transparent`, `opaque` or `auto` (default value). When `auto` is used, the
            model will automatically determine the best background for the image.

            If `transparent`, the output format needs to support transparency, so it
            should be set to either `png` (default value) or `webp`.

          style: The style of the generated images. This parameter is only supported for `dall-e-3`. Must be one of `vivid` or `natural`. Vivid causes the model to lean towards generating hyper-real and dramatic images. Natural causes the model to produce more natural, less hyper-real looking images.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    @overload
    async def generate(
        self,
        *,
        prompt: str,
        stream: Literal[True],
        model: Optional[Union[str, ImageModel]] | Omit = omit,
        n: Optional[int] | Omit = omit,
        quality: Optional[Literal["standard", "hd", "low", "medium", "high", "auto"]] | Omit = omit,
        response_format: Optional[Literal["url", "b64_json"]] | Omit = omit,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | Omit = omit,
        output_compression: Optional[int] | Omit = omit,
        partial_images: Optional[int] | Omit = omit,
        size: Optional[
            Union[
                str,
                Literal["auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"],
            ]
        ]
        | Omit = omit,
        moderation: Optional[Literal["low", "auto"]] | Omit = omit,
        background: Optional[Literal["transparent", "opaque", "auto"]] | Omit = omit,
        style: Optional[Literal["vivid", "natural"]] | Omit = omit,
        user: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncStream[ImageGenStreamEvent]:
        """
        Creates an image given a prompt. [Learn more](/docs/guides/images).

        Args:
          prompt: A text description of the desired image(s). The maximum length is 32000 characters for the GPT image models, 1000 characters for `dall-e-2` and 4000 characters for `dall-e-3`.

          model: The model to use for image generation. One of `dall-e-2`, `dall-e-3`, or a GPT image model (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`). Defaults to `dall-e-2` unless a parameter specific to the GPT image models is used.

          n: The number of images to generate. Must be between 1 and 10. For `dall-e-3`, only `n=1` is supported.

          quality: The quality of the image that will be generated.

            - `auto` (default value) will automatically select the best quality for the given model.
            - `high`, `medium` and `low` are supported for the GPT image models.
            - `hd` and `standard` are supported for `dall-e-3`.
            - `standard` is the only option for `dall-e-2`.

          response_format: The format in which generated images with `dall-e-2` and `dall-e-3` are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter isn't supported for the GPT image models, which always return base64-encoded images.

          output_format: The format in which the generated images are returned. This parameter is only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`.

          output_compression: The compression level (0-100%) for the generated images. This parameter is only supported for the GPT image models with the `webp` or `jpeg` output formats, and defaults to 100.

          stream: Generate the image in streaming mode. Defaults to `false`. See the
            [Image generation guide](/docs/guides/image-generation) for more information.
            This parameter is only supported for the GPT image models.

          size: The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.

          moderation: Control the content-moderation level for images generated by the GPT image models. Must be either `low` for less restrictive filtering or `auto` (default value).

          background: Allows to set transparency for the background of the generated image(s).
            This parameter is only supported for the GPT image models. Must be one of
            `transparent`, `opaque` or `auto` (default value). When `auto` is used, the
            model will automatically determine the best background for the image.

            If `transparent`, the output format needs to support transparency, so it
            should be set to either `png` (default value) or `webp`.

          style: The style of the generated images. This parameter is only supported for `dall-e-3`. Must be one of `vivid` or `natural`. Vivid causes the model to lean towards generating hyper-real and dramatic images. Natural causes the model to produce more natural, less hyper-real looking images.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    @overload
    async def generate(
        self,
        *,
        prompt: str,
        stream: bool,
        model: Optional[Union[str, ImageModel]] | Omit = omit,
        n: Optional[int] | Omit = omit,
        quality: Optional[Literal["standard", "hd", "low", "medium", "high", "auto"]] | Omit = omit,
        response_format: Optional[Literal["url", "b64_json"]] | Omit = omit,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | Omit = omit,
        output_compression: Optional[int] | Omit = omit,
        partial_images: Optional[int] | Omit = omit,
        size: Optional[
            Union[
                str,
                Literal["auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"],
            ]
        ]
        | Omit = omit,
        moderation: Optional[Literal["low", "auto"]] | Omit = omit,
        background: Optional[Literal["transparent", "opaque", "auto"]] | Omit = omit,
        style: Optional[Literal["vivid", "natural"]] | Omit = omit,
        user: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ImagesResponse | AsyncStream[ImageGenStreamEvent]:
        """
        Creates an image given a prompt. [Learn more](/docs/guides/images).

        Args:
          prompt: A text description of the desired image(s). The maximum length is 32000 characters for the GPT image models, 1000 characters for `dall-e-2` and 4000 characters for `dall-e-3`.

          model: The model to use for image generation. One of `dall-e-2`, `dall-e-3`, or a GPT image model (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`). Defaults to `dall-e-2` unless a parameter specific to the GPT image models is used.

          n: The number of images to generate. Must be between 1 and 10. For `dall-e-3`, only `n=1` is supported.

          quality: The quality of the image that will be generated.

            - `auto` (default value) will automatically select the best quality for the given model.
            - `high`, `medium` and `low` are supported for the GPT image models.
            - `hd` and `standard` are supported for `dall-e-3`.
            - `standard` is the only option for `dall-e-2`.

          response_format: The format in which generated images with `dall-e-2` and `dall-e-3` are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated. This parameter isn't supported for the GPT image models, which always return base64-encoded images.

          output_format: The format in which the generated images are returned. This parameter is only supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`.

          output_compression: The compression level (0-100%) for the generated images. This parameter is only supported for the GPT image models with the `webp` or `jpeg` output formats, and defaults to 100.

          stream: Generate the image in streaming mode. Defaults to `false`. See the
            [Image generation guide](/docs/guides/image-generation) for more information.
            This parameter is only supported for the GPT image models.

          size: The size of the generated images. For `gpt-image-2` and `gpt-image-2-2026-04-21`, arbitrary resolutions are supported as `WIDTHxHEIGHT` strings, for example `1536x864`. Width and height must both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above `2560x1440` are experimental, and the maximum supported resolution is `3840x2160`. The requested size must also satisfy the model's current pixel and edge limits. The standard sizes `1024x1024`, `1536x1024`, and `1024x1536` are supported by the GPT image models; `auto` is supported for models that allow automatic sizing. For `dall-e-2`, use one of `256x256`, `512x512`, or `1024x1024`. For `dall-e-3`, use one of `1024x1024`, `1792x1024`, or `1024x1792`.

          moderation: Control the content-moderation level for images generated by the GPT image models. Must be either `low` for less restrictive filtering or `auto` (default value).

          background: Allows to set transparency for the background of the generated image(s).
            This parameter is only supported for the GPT image models. Must be one of
            `transparent`, `opaque` or `auto` (default value). When `auto` is used, the
            model will automatically determine the best background for the image.

            If `transparent`, the output format needs to support transparency, so it
            should be set to either `png` (default value) or `webp`.

          style: The style of the generated images. This parameter is only supported for `dall-e-3`. Must be one of `vivid` or `natural`. Vivid causes the model to lean towards generating hyper-real and dramatic images. Natural causes the model to produce more natural, less hyper-real looking images.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](/docs/guides/safety-best-practices#end-user-ids).

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        ...

    async def generate(
        self,
        *,
        prompt: str,
        stream: Optional[Literal[False]] | Literal[True] | Omit = omit,
        model: Optional[Union[str, ImageModel]] | Omit = omit,
        n: Optional[int] | Omit = omit,
        quality: Optional[Literal["standard", "hd", "low", "medium", "high", "auto"]] | Omit = omit,
        response_format: Optional[Literal["url", "b64_json"]] | Omit = omit,
        output_format: Optional[Literal["png", "jpeg", "webp"]] | Omit = omit,
        output_compression: Optional[int] | Omit = omit,
        partial_images: Optional[int] | Omit = omit,
        size: Optional[
            Union[
                str,
                Literal["auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"],
            ]
        ]
        | Omit = omit,
        moderation: Optional[Literal["low", "auto"]] | Omit = omit,
        background: Optional[Literal["transparent", "opaque", "auto"]] | Omit = omit,
        style: Optional[Literal["vivid", "natural"]] | Omit = omit,
        user: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ImagesResponse | AsyncStream[ImageGenStreamEvent]:
        if stream:
            extra_headers = {"Accept": "text/event-stream", **(extra_headers or {})}
        return await self._post(
            "/images/generations",
            body=await async_maybe_transform(
                {
                    "prompt": prompt,
                    "model": model,
                    "n": n,
                    "quality": quality,
                    "response_format": response_format,
                    "output_format": output_format,
                    "output_compression": output_compression,
                    "stream": stream,
                    "partial_images": partial_images,
                    "size": size,
                    "moderation": moderation,
                    "background": background,
                    "style": style,
                    "user": user,
                },
                image_generate_params.ImageGenerateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=ImagesResponse,
            stream=stream or False,
            stream_cls=AsyncStream[ImageGenStreamEvent],
        )


class ImagesWithRawResponse:
    def __init__(self, images: Images) -> None:
        self._images = images

        self.create_variation = to_raw_response_wrapper(
            images.create_variation,
        )

        self.edit = to_raw_response_wrapper(
            images.edit,
        )

        self.generate = to_raw_response_wrapper(
            images.generate,
        )


class AsyncImagesWithRawResponse:
    def __init__(self, images: AsyncImages) -> None:
        self._images = images

        self.create_variation = async_to_raw_response_wrapper(
            images.create_variation,
        )

        self.edit = async_to_raw_response_wrapper(
            images.edit,
        )

        self.generate = async_to_raw_response_wrapper(
            images.generate,
        )


class ImagesWithStreamingResponse:
    def __init__(self, images: Images) -> None:
        self._images = images

        self.create_variation = to_streamed_response_wrapper(
            images.create_variation,
        )

        self.edit = to_streamed_response_wrapper(
            images.edit,
        )

        self.generate = to_streamed_response_wrapper(
            images.generate,
        )


class AsyncImagesWithStreamingResponse:
    def __init__(self, images: AsyncImages) -> None:
        self._images = images

        self.create_variation = async_to_streamed_response_wrapper(
            images.create_variation,
        )

        self.edit = async_to_streamed_response_wrapper(
            images.edit,
        )

        self.generate = async_to_streamed_response_wrapper(
            images.generate,
        )
