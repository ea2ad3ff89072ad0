// Test images served by the test server, so tests need no binary files:
//   /__image__/800x450.svg            an SVG picture of that size
//   /__image__/800x450.svg?delay=400  the same, sent after 400 ms (to watch layout while loading)
//   /__image__/missing.svg            404, like a dead CMS URL
export function testImagesMiddleware() {
  return async function testImages(context, next) {
    const match = /^\/__image__\/(\d+)x(\d+)\.svg$/.exec(context.path);
    if (!match) {
      if (context.path.startsWith('/__image__/')) {
        context.status = 404;
        context.body = 'Not found';
        return undefined;
      }
      return next();
    }
    const [, width, height] = match;
    const delay = Number(context.query.delay ?? 0);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    context.type = 'image/svg+xml';
    context.set('Cache-Control', 'no-store');
    context.body =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
      `<rect width="100%" height="100%" fill="#2b6c8f"/><circle cx="50%" cy="50%" r="20%" fill="#f2c14e"/></svg>`;
    return undefined;
  };
}
