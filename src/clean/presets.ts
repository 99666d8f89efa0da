/**
 * Rule presets: ordered lists of rules. Order matters where noted.
 */
import type { Rule } from './engine.js';
import { adLabel, adPlaceholder, caption, counter, formControl, imagePlaceholder, linkReferences, markupText, shortcode, symbolsOnly } from './rules/ads.js';
import { breadcrumb, contact, cookieNotice, copyright, embedFrame, legalNotice, linkNotice, masthead, mediaPlayer, menu, newsletterCta, shareBar, skipLink, widget } from './rules/chrome.js';
import { authorBox, commentForm, mostRead, prevNext, relatedBlock, tableOfContents, tags, teaserCards, ticker } from './rules/regions.js';
import { byline, dateLine, sectionDate, sectionLabel } from './rules/meta.js';
import { siteTemplate } from './rules/template.js';

export const DEFAULT_PRESET: readonly Rule[] = [
  // First: spot_img is glued to other text ("spot_imgذات صلة"); stripping it lets the later
  // rules see the label underneath.
  adPlaceholder,
  // Links' notices for screen readers are no part of the text any later rule reads.
  linkNotice,
  // The site's learned template early: what is left is what no profile knows.
  siteTemplate,
  caption,
  linkReferences,
  // Image placeholders before form controls: both are drawn in [brackets].
  imagePlaceholder,
  formControl,
  shortcode,
  markupText,
  symbolsOnly,
  adLabel,
  // A media player's fifty lines of controls as one region, before the line-by-line rules take
  // some of its buttons and leave the rest.
  mediaPlayer,
  // An embedded post's frame, before the share bar takes its platform's name alone.
  embedFrame,
  // Line-by-line chrome before the regions, so that a region's items are not cut short by a
  // share bar or a widget standing between them.
  shareBar,
  widget,
  skipLink,
  breadcrumb,
  masthead,
  copyright,
  cookieNotice,
  legalNotice,
  sectionDate,
  sectionLabel,
  // The byline before the regions: the author box looks for the author's name.
  byline,
  // An address alone, once the byline has taken the one printed beside the name.
  contact,
  // Regions introduced by a label. The comment form first: its label ("Comments") would
  // otherwise stop the related block that precedes it.
  commentForm,
  relatedBlock,
  mostRead,
  // A table of contents once the labelled lists of headlines are gone (a "Related" list's items
  // may come back below as link cards), and before the menus, which would take it for one.
  tableOfContents,
  ticker,
  tags,
  prevNext,
  authorBox,
  // Calls to action after the comment form, whose notice ("your email address …") they share words with.
  newsletterCta,
  // Dates and counters after the regions: a region's teaser dates and counts go with it.
  dateLine,
  counter,
  // Link cards once the images and times between them are gone.
  teaserCards,
  // Menus last: what is left of runs of short items once the labelled regions are gone.
  menu,
];

export const PRESETS: Readonly<Record<string, readonly Rule[]>> = {
  default: DEFAULT_PRESET,
};
