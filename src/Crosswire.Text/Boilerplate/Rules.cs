using Crosswire.Core.Documents;

namespace Crosswire.Text.Boilerplate;

/// <summary>The named rules of the boilerplate filter; the names appear in <see cref="RemovedText.Rule"/>.</summary>
internal static class Rules
{
    public static readonly BoilerplateRule Separator = new("separator", BoilerplateKind.Other);
    public static readonly BoilerplateRule MediaWidget = new("media-widget", BoilerplateKind.Other);
    public static readonly BoilerplateRule ShareWidget = new("share-widget", BoilerplateKind.Share);
    public static readonly BoilerplateRule FollowPrompt = new("follow-prompt", BoilerplateKind.Share);
    public static readonly BoilerplateRule SharePrompt = new("share-prompt", BoilerplateKind.Share);

    public static readonly BoilerplateRule AdMarker = new("advertisement", BoilerplateKind.Advertisement);
    public static readonly BoilerplateRule SponsorMessage = new("sponsor-message", BoilerplateKind.Advertisement);

    public static readonly BoilerplateRule LinkPrompt = new("link-prompt", BoilerplateKind.Link);
    public static readonly BoilerplateRule LabelledLink = new("labelled-link", BoilerplateKind.Link);
    public static readonly BoilerplateRule BracketedLink = new("bracketed-link", BoilerplateKind.Link);
    public static readonly BoilerplateRule ArrowLink = new("arrow-link", BoilerplateKind.Link);
    public static readonly BoilerplateRule LinkLine = new("link-line", BoilerplateKind.Link);
    public static readonly BoilerplateRule ClickPrompt = new("click-prompt", BoilerplateKind.Link);

    public static readonly BoilerplateRule Newsletter = new("newsletter-prompt", BoilerplateKind.Newsletter);

    public static readonly BoilerplateRule Copyright = new("copyright", BoilerplateKind.Copyright);
    public static readonly BoilerplateRule Permission = new("reprint-permission", BoilerplateKind.Copyright);

    public static readonly BoilerplateRule PublicationNote = new("publication-note", BoilerplateKind.Other);
    public static readonly BoilerplateRule CorrectionNote = new("correction-note", BoilerplateKind.Other);
    public static readonly BoilerplateRule DevelopingNote = new("developing-note", BoilerplateKind.Other);
    public static readonly BoilerplateRule SiteNotice = new("site-notice", BoilerplateKind.Other);
    public static readonly BoilerplateRule Timestamp = new("timestamp", BoilerplateKind.Other);
    public static readonly BoilerplateRule UpdateNote = new("update-note", BoilerplateKind.Other);
    public static readonly BoilerplateRule UpdateLabel = new("update-label", BoilerplateKind.Other);
    public static readonly BoilerplateRule WidgetPrefix = new("widget-prefix", BoilerplateKind.Other);
    public static readonly BoilerplateRule MarkupResidue = new("markup-residue", BoilerplateKind.Other);
    public static readonly BoilerplateRule StoryLabel = new("story-label", BoilerplateKind.Other);
    public static readonly BoilerplateRule RepeatedLabel = new("repeated-label", BoilerplateKind.Other);
    public static readonly BoilerplateRule GalleryCounter = new("gallery-counter", BoilerplateKind.Other);

    public static readonly BoilerplateRule Byline = new("byline", BoilerplateKind.Byline);
    public static readonly BoilerplateRule BylineOutlet = new("byline-outlet", BoilerplateKind.Byline);
    public static readonly BoilerplateRule Signature = new("signature", BoilerplateKind.Byline);
    public static readonly BoilerplateRule BylinePrefix = new("byline-prefix", BoilerplateKind.Byline);

    public static readonly BoilerplateRule Dateline = new("dateline", BoilerplateKind.Dateline);
    public static readonly BoilerplateRule AgencyDateline = new("agency-dateline", BoilerplateKind.Dateline);
    public static readonly BoilerplateRule BareDateline = new("bare-dateline", BoilerplateKind.Dateline);

    public static readonly BoilerplateRule ContributorCredit = new("contributor-credit", BoilerplateKind.Contributor);
    public static readonly BoilerplateRule ContributorNote = new("contributor-note", BoilerplateKind.Contributor);
    public static readonly BoilerplateRule AuthorContact = new("author-contact", BoilerplateKind.Contributor);
    public static readonly BoilerplateRule AuthorBio = new("author-bio", BoilerplateKind.Contributor);

    public static readonly BoilerplateRule SocialPost = new("social-post", BoilerplateKind.Embed);
    public static readonly BoilerplateRule SocialAttribution = new("social-attribution", BoilerplateKind.Embed);
    public static readonly BoilerplateRule SocialPostBody = new("social-post-body", BoilerplateKind.Embed);
    public static readonly BoilerplateRule VideoEmbed = new("video-embed", BoilerplateKind.Embed);

    public static readonly BoilerplateRule CaptionLabel = new("caption-label", BoilerplateKind.Caption);
    public static readonly BoilerplateRule CreditedCaption = new("credited-caption", BoilerplateKind.Caption);
    public static readonly BoilerplateRule PhotoCaption = new("photo-caption", BoilerplateKind.Caption);
    public static readonly BoilerplateRule VideoCaption = new("video-caption", BoilerplateKind.Caption);
    public static readonly BoilerplateRule PhotoGallery = new("photo-gallery", BoilerplateKind.Caption);

    public static readonly BoilerplateRule TrailingCredit = new("trailing-credit", BoilerplateKind.Credit);
    public static readonly BoilerplateRule CreditLine = new("credit-line", BoilerplateKind.Credit);
    public static readonly BoilerplateRule AgencyCredit = new("agency-credit", BoilerplateKind.Credit);
    public static readonly BoilerplateRule SlashCredit = new("slash-credit", BoilerplateKind.Credit);
    public static readonly BoilerplateRule BracketedCredit = new("bracketed-credit", BoilerplateKind.Credit);
    public static readonly BoilerplateRule InlineCredit = new("inline-credit", BoilerplateKind.Credit);
    public static readonly BoilerplateRule HandleCredit = new("handle-credit", BoilerplateKind.Credit);
}
