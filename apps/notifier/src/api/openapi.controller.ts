import { Controller, Get } from '@nestjs/common';
import { openApiDocument } from './openapi.js';

/** `GET /v1/openapi.json`: public, like any API's description; it holds no data. */
@Controller('v1')
export class OpenApiController {
  private readonly document = openApiDocument();

  @Get('openapi.json')
  openapi(): object {
    return this.document;
  }
}
