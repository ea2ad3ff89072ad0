/**
 * The media player's English strings. They live beside the player, not in the core locale, so
 * pages without a player do not carry them; translations still fill them in one locale module
 * (`LedeTranslation` includes them).
 */
export const mediaPlayerStrings = {
  /** Name of the player group when the author gives no title. */
  mediaVideoPlayer: 'Video player',
  mediaAudioPlayer: 'Audio player',
  /** The play button before anything has loaded; its name adds the title and the spoken duration. */
  mediaPlayVideo: 'Play video',
  mediaPlayAudio: 'Play audio',
  /** The first play button's name: {action} is "Play video" or "Play audio", {duration} in words. */
  mediaStartNameFull: '{action}: {title}, {duration}',
  mediaStartNameTitle: '{action}: {title}',
  mediaStartNameDuration: '{action}, {duration}',
  mediaStartNamePlain: '{action}',
  mediaPlay: 'Play',
  mediaPause: 'Pause',
  mediaMute: 'Mute',
  mediaFullscreen: 'Full screen',
  mediaSeek: 'Seek',
  /** Spoken time; {current} and {duration} are times in words. */
  mediaTimeOf: '{current} of {duration}',
  mediaLoadingVideo: 'Loading video',
  mediaLoadingAudio: 'Loading audio',
  mediaBuffering: 'Buffering',
  mediaEnded: 'Finished',
  mediaErrorMedia: 'Sorry, this cannot be played here.',
  mediaErrorEngine: 'Sorry, the player could not load.',
  /** In place of the play button when there is no media, or no source, to play. */
  mediaNothingToPlay: 'Sorry, there is nothing to play here.',
  mediaAlternatives: 'You can still:',
  mediaReadTranscript: 'Read the transcript',
  mediaListenAudio: 'Listen to the audio version',
  mediaDownload: 'Download the file',
  mediaNativePlayer: "Use your browser's own player",
  mediaCaptions: 'Captions',
  mediaCaptionsOff: 'Off',
  mediaCaptionStyle: 'Caption style',
  mediaCaptionSize: 'Size',
  mediaCaptionColour: 'Text colour',
  mediaCaptionBackground: 'Background',
  mediaWhite: 'White',
  mediaYellow: 'Yellow',
  mediaBlack: 'Black',
  mediaNone: 'None',
  mediaTranscript: 'Transcript',
  /** In the transcript panel when the captions it is built from could not be read. */
  mediaTranscriptUnavailable: 'Sorry, the transcript could not be loaded.',
  mediaAudioDescription: 'Audio description',
  mediaSkipVideo: 'Skip past the video',
  mediaSkipAudio: 'Skip past the audio',
};

export type MediaPlayerStrings = typeof mediaPlayerStrings;
