/**
 * English scrape noise, as data: what English-language news sites leave in a scraped page.
 */
import type { NoiseLexicon } from './types';

export const englishNoise: NoiseLexicon = {
  language: 'en',
  lines: {
    'cookie-consent': [
      'accept all', 'accept', 'reject all', 'manage preferences', 'cookie settings', 'manage cookies', 'i agree',
      'accept cookies', 'accept all cookies', 'privacy settings', 'cookie preferences', 'allow all', 'necessary cookies only',
      'accept and close', 'save preferences',
    ],
    'comment-form': [
      'leave a reply', 'leave a comment', 'post comment', 'submit comment', 'cancel reply', 'comments', 'show comments',
      'view comments', 'join the conversation', 'add a comment', 'load comments', 'post a comment',
    ],
    paywall: [
      'subscribe to continue reading', 'subscriber exclusive', 'subscribers only', 'log in to continue',
      'premium content', 'unlock this article', 'subscribe to read', 'continue reading with a subscription',
    ],
    newsletter: [
      'subscribe to our newsletter', 'get our newsletter', 'newsletter sign-up', 'newsletter signup',
      'sign up for our newsletter', 'sign up to our newsletter', 'get the newsletter',
      'newsletter', 'our newsletter', 'thanks for signing up', 'thanks for subscribing', 'thank you for subscribing',
      'sign up for free', 'sign up now',
    ],
    advertising: [
      'advertisement', 'advertising', 'sponsored', 'sponsored content', 'paid content', 'paid post', 'promoted',
      'shop now', 'buy now', 'ad', 'advertisement - scroll to continue', 'story continues below advertisement',
      'partner content', 'special offer', 'start your free trial', 'start free trial',
      'sponsored links', 'sponsored stories', 'sponsored posts', 'promoted links', 'promoted stories', 'paid partner content',
      'from our partners', 'around the web', 'bet now', 'place your bet', 'sports betting',
    ],
    'related-links': [
      'read more', 'related', 'related articles', 'related stories', 'related coverage', 'see also', 'more on this story',
      'you may also like', 'recommended', 'recommended for you', 'most read', 'most popular', 'trending', 'more stories',
      'further reading', 'also read', 'read next', 'more from this section', 'you might also like', 'top stories',
      'related posts', 'similar posts', 'related news', 'more news', 'latest news', 'latest stories', 'latest posts',
      'recent posts', 'popular posts', 'most viewed', 'most shared', "editor's picks", "editors' picks", 'editor’s picks',
      "don't miss", 'don’t miss', 'read these next', 'more like this', 'in other news', 'what to read next', 'trending now',
      'previous post', 'next post', 'you may have missed', 'more headlines', 'top headlines', 'more top stories',
      'recommended reading', 'recommended stories', 'popular now', 'most read stories',
    ],
    'media-widget': [
      'play', 'play video', 'watch', 'watch video', 'pause', 'mute', 'unmute', 'fullscreen', 'full screen',
      'listen to this article', 'listen', 'replay', 'now playing', 'up next', 'photo gallery', 'view gallery',
      'watch now', 'video player is loading', 'listen to article', 'enlarge this image', 'expand image',
    ],
    'social-share': [
      'share', 'share this article', 'share this story', 'share this page', 'share on facebook', 'share on x',
      'share on twitter', 'share on linkedin', 'share on whatsapp', 'share via email', 'share via e-mail', 'print',
      'copy link', 'tweet', 'save article', 'link copied', 'email this article', 'print this article', 'gift this article',
      'share this', 'share this post', 'share the article', 'share article', 'like this', 'like loading', 'print this page',
      'print article', 'email to a friend', 'share on reddit', 'share on pinterest', 'share on telegram', 'share on bluesky',
      'share on threads', 'click to share', 'click to print', 'click to email',
    ],
    navigation: [
      'home', 'back to top', 'skip to content', 'skip to main content', 'menu', 'search', 'sections', 'main menu',
      'sign in', 'log in', 'my account', 'next article', 'previous article', 'privacy policy', 'terms of use',
      'terms of service', 'contact us', 'about us', 'back to homepage', 'go to homepage',
    ],
    other: [
      'all rights reserved', 'loading', 'please enable javascript', 'report an error', 'show more', 'show less',
      'close', 'external content', 'this content is not available', 'load more', 'report a typo',
    ],
  },
  weakLines: {
    'comment-form': ['comment', 'reply', 'name', 'email', 'e-mail', 'website', 'your name', 'your comment', 'your email'],
    'social-share': ['facebook', 'twitter', 'x', 'whatsapp', 'linkedin', 'pinterest', 'reddit', 'telegram', 'flipboard', 'messenger', 'threads', 'bluesky', 'mail', 'email', 'e-mail'],
    newsletter: [
      'email', 'email address', 'your email address', 'enter your email', 'enter your email address', 'enter email', 'first name',
      'last name', 'subscribe', 'subscribe now', 'sign up', 'sign me up', 'subscribe for free',
    ],
    navigation: ['news', 'world', 'business', 'opinion', 'politics', 'sport', 'sports', 'culture', 'europe', 'science', 'tech', 'technology', 'register'],
    'media-widget': ['video', 'audio', 'gallery', 'podcast'],
    other: ['more', 'next', 'back'],
  },
  starts: {
    'cookie-consent': [
      'we use cookies',
      'this (?:web)?site uses cookies',
      'cookie (?:policy|settings|preferences) ?[:|]',
    ],
    'comment-form': [
      'comments? \\(\\d+\\)',
      '\\d+ comments?$',
      'you must be logged in to (?:post|leave) a comment',
      'log in to (?:comment|reply)',
    ],
    paywall: [
      'already a subscriber ?\\?',
      'subscribe (?:now )?to (?:continue reading|read (?:the )?(?:full|rest))',
      'to continue reading,? (?:please )?(?:subscribe|log in|sign in)',
      'sign in to (?:read|continue)',
    ],
    newsletter: [
      'newsletter ?:',
      '(?:sign up|subscribe) (?:for|to) (?:our|the) [^.]{0,60}newsletter',
      'get (?:our|the) [^.]{0,40}newsletter',
    ],
    advertising: [
      'advertisement\\b',
      '=AD\\b ?[-–:|]',
      '(?:sponsored|promoted|paid) (?:links|stories|content|posts|partner content)\\b',
    ],
    'related-links': [
      'read more ?(?:[-–—:|»>]|$)',
      'related ?:',
      'see also ?:',
      '(?:also read|read also|read next) ?:',
      'more on (?:this|that)(?: story)? ?:',
      'more from [\\p{L}\' ]{1,30}:',
      'recommended ?:',
      'further reading ?:',
      'you (?:may|might) also like\\b',
      // Headings of teaser lists: "More from Community", "More Sport news", "Latest headlines".
      'more (?:from|in|on|about) [\\p{L}&\'’-]{2,30}(?: [\\p{L}&\'’-]{2,30}){0,2} ?:?$',
      '(?:more|latest|related|recent|top|other) [\\p{L}-]{0,30} ?(?:news|stories|articles|headlines|posts|videos)(?: (?:from|in|on|about) [\\p{L} &-]{2,30})? ?:?$',
    ],
    'image-credit': [
      '(?:photo|photos|photograph|picture|image|images|pic|graphic|illustration|credit|photo credit|image credit|photo illustration|main image|top image) ?: ?\\S',
      '\\((?:photo|picture|image) ?: ?[^)]{2,80}\\)$',
      '\\((?:photo|picture|image)s? (?:by|courtesy of|credit) [^)]{2,80}\\)$',
    ],
    'media-widget': [
      '(?:video|watch|audio|listen|podcast|gallery|in pictures|live stream) ?[:|–] ?[^.!]{3,160}$',
    ],
    'social-share': [
      'share (?:on|via|to) ',
      'share this (?:article|story|page)\\b',
      'follow us on ',
      // WordPress share buttons: "Click to share on Facebook (Opens in new window)".
      'click (?:here )?to (?:share|print|email|e-mail|tweet|pin)\\b',
      'like (?:this ?:|loading\\b)',
    ],
    navigation: [
      'you are here ?:',
      'back to (?:top|home|homepage)\\b',
    ],
    other: [
      'copyright\\b',
      '(?:©|\\(c\\)) ?\\d{4}',
      'reading time ?:? ?\\d',
      '\\d+ min(?:ute)?s? read$',
      '(?:report|spotted) an? (?:error|typo|mistake)\\b',
      'please enable javascript',
    ],
  },
  phrases: {
    'cookie-consent': [
      'by (?:continuing to (?:browse|use)|using) (?:this|our) (?:site|website)',
      'you agree to (?:our|the) use of cookies',
      'accept all',
      'manage (?:preferences|cookies|cookie settings)',
    ],
    'comment-form': [
      'your email address will not be published',
      'required fields are marked',
      'save my name, email,? and website',
    ],
    paywall: [
      'you(?:\'|’)ve (?:reached|read) (?:your|all your|the) (?:limit|\\d+ free)',
      'this (?:article|story|content) is (?:only )?(?:available )?(?:exclusively )?(?:for|to) (?:subscribers|members|premium)',
      '(?:you have|there are) \\d+ free articles? (?:left|remaining)',
      'unlock (?:this|the full) (?:article|story)',
    ],
    newsletter: [
      'enter your email(?: address)? to (?:subscribe|sign up|get)',
      'by (?:signing up|subscribing|registering),? you (?:agree|accept|consent)',
      'delivered (?:straight |directly |direct )?(?:to|into) your inbox',
      '(?:straight|direct(?:ly)?) (?:to|into) your inbox',
      'in your inbox (?:every|each)\\b',
      '(?:you can|you may) (?:unsubscribe|opt out) at any time',
      'unsubscribe at any time',
    ],
    advertising: [
      'sponsored by\\b',
      '(?:buy|shop|order) now\\b',
      'limited[- ]time offer',
      'free trial\\b',
      'try [\\p{L}\\d+ ]{1,30} (?:free|for £?\\$?\\d+) for \\d+ (?:days|weeks|months)',
      'cancel (?:at )?any ?time\\b',
      '\\d+ ?% off\\b',
      'special offer',
      // Betting ads and their mandatory notices.
      '(?:gamble|bet|play) responsibly',
      'begambleaware', 'gambleaware', 'gamcare',
      'when the fun stops,? stop',
      't ?& ?cs? apply',
      'new (?:customers|players) only',
      'gambling can be addictive',
      'place (?:a|your) bet\\b',
    ],
    'social-share': [
      'opens in (?:a )?new (?:window|tab)',
    ],
    other: [
      'all rights reserved',
      'this content (?:is not available|cannot be displayed)',
    ],
  },
  shareWords: {
    strong: ['share', 'tweet', 'facebook', 'twitter', 'whatsapp', 'linkedin', 'pinterest', 'reddit', 'telegram', 'print', 'flipboard', 'threads', 'bluesky', 'messenger', 'email'],
    filler: ['on', 'via', 'to', 'this', 'article', 'story', 'page', 'copy', 'link', 'x', 'mail', 'e-mail', 'and', 'save'],
  },
  navigationRoots: ['home', 'news', 'homepage'],
  newsletterNames: ['briefing', 'digest', 'daily', 'weekly', 'update', 'roundup', 'round-up', 'bulletin', 'dispatch', 'newsletter', 'morning', 'evening', 'extra', 'edition'],
  creditLabels: ['Photo', 'Photos', 'Photograph', 'Picture', 'Image', 'Images', 'Pic', 'Graphic', 'Illustration', 'Credit', 'Photo credit', 'Image credit', 'Main image', 'Top image', 'PHOTO'],
  callsToAction: [
    'subscribe', 'sign up', 'sign in', 'log in', 'login', 'register', 'click here', 'tap here', 'buy', 'order now',
    'download', 'try it', 'join now', 'continue reading', 'learn more', 'shop', 'get started',
  ],
  bylineWords: ['by', 'words by', 'written by', 'author', 'reporting by', 'interview by', 'analysis by'],
  provenance: [
    '\\(?reporting by\\b',
    'additional reporting by\\b',
    '(?:editing|writing|compiled|edited) by\\b',
    'this (?:article|story) (?:was|has been) (?:updated|corrected|first published|originally published)',
    'correction ?:',
    'updated ?:? ?\\d',
    'published ?:? ?\\d',
    'source ?: ?\\S',
    'with (?:reporting|material) (?:from|by)\\b',
  ],
};
