import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import type { TestApp } from './app';

export interface Route {
  /** e.g. "GET /api/klanten/:id" */
  sleutel: string;
  methode: string;
  pad: string;
  handler: () => unknown;
  controller: object;
}

/** Every HTTP route of the running app, read from the controllers' metadata. */
export function alleRoutes(t: TestApp): Route[] {
  const discovery = new DiscoveryService(t.app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const routes: Route[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instantie = wrapper.instance as Record<string, unknown>;
    const basis = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, wrapper.metatype as object) ?? '')[0];
    for (const methode of scanner.getAllMethodNames(Object.getPrototypeOf(instantie))) {
      const handler = instantie[methode] as () => unknown;
      if (!Reflect.hasMetadata(PATH_METADATA, handler)) continue;
      const sub = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, handler))[0];
      const http = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      const pad = ['/api', basis, sub]
        .filter((deel) => deel && deel !== '/')
        .join('/')
        .replace(/\/+/g, '/');
      routes.push({ sleutel: `${http} ${pad}`, methode: http, pad, handler, controller: wrapper.metatype as object });
    }
  }
  return routes;
}
