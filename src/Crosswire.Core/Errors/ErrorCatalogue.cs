using System.Globalization;

namespace Crosswire.Core.Errors;

/// <summary>A coded message of the error catalogue, with <c>{0}</c>-style placeholders.</summary>
/// <param name="Code">Stable code such as <c>E003</c>, for scripts and documentation.</param>
/// <param name="Template">Message template; placeholder 0 is always the input's name.</param>
public sealed record ErrorDescriptor(string Code, string Template)
{
    /// <summary>Formats the message with its arguments.</summary>
    public string Format(params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Template, args);
}

/// <summary>
/// The one catalogue of Crosswire's coded error messages. Stages throw <see cref="CrosswireException"/>
/// with one of these; only the CLI and web layers turn them into user-facing text.
/// </summary>
public static class ErrorCatalogue
{
    /// <summary>E001: the input does not exist.</summary>
    public static readonly ErrorDescriptor NotFound = new("E001", "{0}: not found");

    /// <summary>E002: the input has no bytes, or only white space.</summary>
    public static readonly ErrorDescriptor Empty = new("E002", "{0}: empty input");

    /// <summary>E003: the input is over the size limit.</summary>
    public static readonly ErrorDescriptor TooLarge = new("E003", "{0}: {1:N0} bytes, over the limit of {2:N0} bytes");

    /// <summary>E004: the input is binary, not text.</summary>
    public static readonly ErrorDescriptor Binary = new("E004", "{0}: binary data, not text ({1})");

    /// <summary>E005: the format of the input could not be recognised.</summary>
    public static readonly ErrorDescriptor UnknownFormat = new("E005", "{0}: unrecognised format ({1})");

    /// <summary>E006: malformed JSON.</summary>
    public static readonly ErrorDescriptor MalformedJson = new("E006", "{0}: malformed JSON: {1}");

    /// <summary>E007: malformed XML (RSS/Atom).</summary>
    public static readonly ErrorDescriptor MalformedXml = new("E007", "{0}: malformed XML: {1}");

    /// <summary>E008: a required field is missing or has the wrong type.</summary>
    public static readonly ErrorDescriptor MissingField = new("E008", "{0}: field '{1}' is missing or not a string");

    /// <summary>E009: nothing readable as article prose was found.</summary>
    public static readonly ErrorDescriptor NoArticleText = new("E009", "{0}: no article text found ({1})");

    /// <summary>E010: the input nests deeper than the limit.</summary>
    public static readonly ErrorDescriptor TooDeep = new("E010", "{0}: nesting deeper than {1} levels");

    /// <summary>E011: the input could not be decoded as text.</summary>
    public static readonly ErrorDescriptor BadEncoding = new("E011", "{0}: cannot be decoded as text ({1})");

    /// <summary>E012: the input could not be read (I/O error, permission).</summary>
    public static readonly ErrorDescriptor Unreadable = new("E012", "{0}: cannot be read: {1}");

    /// <summary>E013: an article's text is over the size limit.</summary>
    public static readonly ErrorDescriptor ArticleTooLarge = new("E013", "{0}: article text of {1:N0} characters, over the limit of {2:N0}");

    /// <summary>E014: an article has the same id as an earlier one of the same batch.</summary>
    public static readonly ErrorDescriptor DuplicateId = new("E014", "{0}: article id '{1}' appears more than once");

    /// <summary>E015: a dataset line is not a valid cluster.</summary>
    public static readonly ErrorDescriptor BadCluster = new("E015", "{0}: invalid cluster: {1}");

    /// <summary>E016: a command-line or API argument is invalid.</summary>
    public static readonly ErrorDescriptor BadArgument = new("E016", "{0}: {1}");

    /// <summary>E100: a ROUGE option is out of range or conflicts with another.</summary>
    public static readonly ErrorDescriptor RougeBadOption = new("E100", "{0}: invalid ROUGE option: {1}");

    /// <summary>E101: a summary was given no reference summary to be scored against.</summary>
    public static readonly ErrorDescriptor RougeNoReference = new("E101", "{0}: no reference summary to score against");

    /// <summary>E102: a ROUGE average was asked over no topic.</summary>
    public static readonly ErrorDescriptor RougeNoTopics = new("E102", "{0}: no topic results to average");

    /// <summary>E103: two ROUGE results name the same topic.</summary>
    public static readonly ErrorDescriptor RougeDuplicateTopic = new("E103", "{0}: topic '{1}' appears more than once");

    /// <summary>E104: the ROUGE results of the topics do not hold the same metrics.</summary>
    public static readonly ErrorDescriptor RougeMetricMismatch = new("E104", "{0}: topic '{1}' has no {2} score, unlike the first topic");

    /// <summary>E105: a WordNet exception list cannot be used for ROUGE stemming.</summary>
    public static readonly ErrorDescriptor BadStemExceptions = new("E105", "{0}: invalid WordNet exception list: {1}");

    /// <summary>E150: a summary was asked with a word budget that is not positive.</summary>
    public static readonly ErrorDescriptor SummaryBadBudget = new("E150", "{0}: the word budget must be positive, not {1}");

    /// <summary>E151: a story was given no article to summarize.</summary>
    public static readonly ErrorDescriptor StoryWithoutArticles = new("E151", "{0}: a story needs at least one article");

    /// <summary>E152: no article of a story holds a sentence that can be summarized.</summary>
    public static readonly ErrorDescriptor NothingToSummarize = new("E152", "{0}: nothing to summarize: {1}");

    /// <summary>E153: a summarizer or attribution option is out of range.</summary>
    public static readonly ErrorDescriptor SummarizerBadOption = new("E153", "{0}: invalid summarizer option: {1}");

    /// <summary>E154: a line of a summaries file is not a valid summary.</summary>
    public static readonly ErrorDescriptor BadSummaryLine = new("E154", "{0}: invalid summary: {1}");

    /// <summary>E155: a dataset cluster has no summary in the summaries file, or a summary names no cluster.</summary>
    public static readonly ErrorDescriptor SummaryUnmatched = new("E155", "{0}: {1}");

    /// <summary>E156: a story holds the same article id twice.</summary>
    public static readonly ErrorDescriptor StoryDuplicateArticle = new("E156", "{0}: article id '{1}' appears more than once in the story");

    /// <summary>E157: an output file cannot be created or written.</summary>
    public static readonly ErrorDescriptor OutputUnwritable = new("E157", "{0}: cannot be written: {1}");

    /// <summary>E130: a stream of unknown length (standard input) went past the size limit; reading stopped there.</summary>
    public static readonly ErrorDescriptor StreamTooLarge = new("E130", "{0}: more than {1:N0} bytes, over the limit");

    /// <summary>E131: a reader failed in a way it does not expect; the input is skipped so the batch goes on.</summary>
    public static readonly ErrorDescriptor ReaderFailure = new("E131", "{0}: reading failed unexpectedly ({1}: {2})");

    /// <summary>E140: the text pipeline failed on an article in a way it does not expect; the article is skipped
    /// so the batch goes on.</summary>
    public static readonly ErrorDescriptor AnalysisFailure = new("E140", "{0}: article '{1}': text analysis failed unexpectedly ({2}: {3})");

    /// <summary>E220: a source-comparison option (claims, conflicts, brief) is out of range.</summary>
    public static readonly ErrorDescriptor ComparisonBadOption = new("E220", "{0}: invalid comparison option: {1}");

    /// <summary>E210: an article's publication date lies outside the years the timeline can resolve against.</summary>
    public static readonly ErrorDescriptor PublishedOutOfRange = new("E210", "{0}: publication date {1} is outside the years 1000 to 9000; relative dates cannot be resolved against it");

    /// <summary>E211: a text is not a temporal value in the timeline notation.</summary>
    public static readonly ErrorDescriptor BadTemporalValue = new("E211", "{0}: not a temporal value (expected YYYY, YYYY-MM, YYYY-Www, YYYY-MM-DD, YYYY-MM-DDTHH:MM or A/B of these)");

    /// <summary>E170: an article was given to a story clusterer that already holds an article with its id.</summary>
    public static readonly ErrorDescriptor ClusterDuplicateArticle = new("E170", "{0}: article id already added to the clusterer");

    /// <summary>E171: stored article features cannot be read back.</summary>
    public static readonly ErrorDescriptor BadFeatures = new("E171", "{0}: invalid article features: {1}");

    /// <summary>E172: a clustering or feature option is out of range.</summary>
    public static readonly ErrorDescriptor BadClusteringOption = new("E172", "{0}: invalid clustering option: {1}");

    /// <summary>E173: a clustering evaluation was given predictions that do not match the gold articles.</summary>
    public static readonly ErrorDescriptor ClusterScoreMismatch = new("E173", "{0}: cannot score clustering: {1}");

    /// <summary>E180: the database was written by a newer Crosswire (its schema version is higher than this build knows).</summary>
    public static readonly ErrorDescriptor StoreTooNew = new("E180", "{0}: database schema version {1} is newer than this build supports ({2}); use a newer Crosswire");

    /// <summary>E181: the database file cannot be opened or is not a database.</summary>
    public static readonly ErrorDescriptor StoreUnopenable = new("E181", "{0}: cannot open the database: {1}");

    /// <summary>E182: the database is a SQLite file of another application.</summary>
    public static readonly ErrorDescriptor StoreForeign = new("E182", "{0}: not a Crosswire database (application id {1})");

    /// <summary>E183: a schema migration failed; the database stays at the version before it.</summary>
    public static readonly ErrorDescriptor StoreMigrationFailed = new("E183", "{0}: migration to schema version {1} failed: {2}");

    /// <summary>E184: the database stayed locked by another process for longer than the busy timeout.</summary>
    public static readonly ErrorDescriptor StoreBusy = new("E184", "{0}: database is locked by another process (waited {1})");

    /// <summary>E185: a database operation failed (disk full, read-only file, I/O error, corruption).</summary>
    public static readonly ErrorDescriptor StoreFailure = new("E185", "{0}: database error: {1}");

    /// <summary>E240: the PostgreSQL server cannot be reached (refused, unknown host, timed out, shut down).</summary>
    public static readonly ErrorDescriptor PostgresUnreachable = new("E240", "{0}: cannot reach the PostgreSQL server: {1}");

    /// <summary>E241: the PostgreSQL server refused the login (wrong password, unknown role, no password given).</summary>
    public static readonly ErrorDescriptor PostgresLoginRefused = new("E241", "{0}: the PostgreSQL server refused the login of user '{1}': {2}");

    /// <summary>E242: the PostgreSQL server has no database of the name given.</summary>
    public static readonly ErrorDescriptor PostgresNoDatabase = new("E242", "{0}: the PostgreSQL server has no database '{1}' (create it, e.g. createdb {1}, or fix the URL)");

    /// <summary>E243: a --db value looks like a PostgreSQL URL or connection string but is not a valid one.</summary>
    public static readonly ErrorDescriptor BadDatabaseAddress = new("E243", "{0}: not a valid PostgreSQL URL or connection string: {1}");

    /// <summary>E244: the PostgreSQL database (schema) holds another application's tables.</summary>
    public static readonly ErrorDescriptor PostgresForeign = new("E244", "{0}: not a Crosswire database: {1}");

    /// <summary>E186: no stored story has the id asked for.</summary>
    public static readonly ErrorDescriptor StoryNotFound = new("E186", "{0}: no story with id {1} in the database");

    /// <summary>E187: an article has no sentence left once boilerplate is removed, so it cannot join a story.</summary>
    public static readonly ErrorDescriptor NoSentences = new("E187", "{0}: no sentence left after boilerplate removal");

    /// <summary>E230: the web server was asked to start without an API key and not in development mode on loopback.</summary>
    public static readonly ErrorDescriptor ServeNoApiKey = new("E230", "{0}: no API key: give --api-key or set CROSSWIRE_API_KEY (only --dev on a loopback address may run without one)");

    /// <summary>E231: --dev was asked for on an address that is not loopback.</summary>
    public static readonly ErrorDescriptor ServeDevNotLoopback = new("E231", "{0}: --dev only binds to loopback addresses (127.0.0.1, [::1], localhost), not {1}");

    /// <summary>E232: a query parameter of the HTTP API is invalid.</summary>
    public static readonly ErrorDescriptor BadQueryParameter = new("E232", "{0}: invalid query parameter '{1}': {2}");

    /// <summary>E233: a write request of the HTTP API has no API key or a wrong one.</summary>
    public static readonly ErrorDescriptor ApiKeyRejected = new("E233", "{0}: {1}");

    /// <summary>E234: a request body is over the server's size limit.</summary>
    public static readonly ErrorDescriptor BodyTooLarge = new("E234", "{0}: request body over the limit of {1:N0} bytes");

    /// <summary>E235: a request body is of a media type the endpoint does not take.</summary>
    public static readonly ErrorDescriptor UnsupportedMediaType = new("E235", "{0}: unsupported content type '{1}' (send application/json or multipart/form-data)");

    /// <summary>All descriptors, for documentation and tests.</summary>
    public static IReadOnlyList<ErrorDescriptor> All { get; } =
    [
        NotFound, Empty, TooLarge, Binary, UnknownFormat, MalformedJson, MalformedXml, MissingField,
        NoArticleText, TooDeep, BadEncoding, Unreadable, ArticleTooLarge, DuplicateId, BadCluster, BadArgument,
        RougeBadOption, RougeNoReference, RougeNoTopics, RougeDuplicateTopic, RougeMetricMismatch,
        BadStemExceptions,
        SummaryBadBudget, StoryWithoutArticles, NothingToSummarize, SummarizerBadOption, BadSummaryLine,
        SummaryUnmatched, StoryDuplicateArticle, OutputUnwritable,
        StreamTooLarge, ReaderFailure,
        AnalysisFailure,
        ComparisonBadOption,
        PublishedOutOfRange, BadTemporalValue,
        ClusterDuplicateArticle, BadFeatures, BadClusteringOption, ClusterScoreMismatch,
        StoreTooNew, StoreUnopenable, StoreForeign, StoreMigrationFailed, StoreBusy, StoreFailure, StoryNotFound,
        PostgresUnreachable, PostgresLoginRefused, PostgresNoDatabase, BadDatabaseAddress, PostgresForeign,
        NoSentences,
        ServeNoApiKey, ServeDevNotLoopback, BadQueryParameter, ApiKeyRejected, BodyTooLarge, UnsupportedMediaType,
    ];
}
