// video.js's core build ships no types of its own; it is the same API as the full build.
declare module 'video.js/core.es.js' {
  import videojs from 'video.js';
  export default videojs;
}
declare module '*.css?inline' {
  const css: string;
  export default css;
}
