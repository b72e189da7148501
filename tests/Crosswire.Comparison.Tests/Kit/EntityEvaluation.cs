using System.Collections.Immutable;
using Crosswire.Comparison.Entities;
using Crosswire.Core.Documents;
using Crosswire.Text.Pipeline;

namespace Crosswire.Comparison.Tests.Kit;

/// <summary>
/// Entity measure against the gold <c>entities</c> of a fixture story. Mention-level with multiplicity: a
/// predicted mention is correct when a gold mention of the same article has the same surface text (as
/// ANNOTATION.md defines it: courtesy titles in, job titles out, no leading "the", no possessive) and its
/// entity has the same type; each gold mention can be matched once. Precision is over all predicted
/// mentions, recall over all gold mentions. Resolution accuracy is over correct mentions: the share whose
/// predicted entity has the gold entity's canonical name.
/// </summary>
public sealed record EntityEvaluation(Counts Mentions, Accuracy Resolution, ImmutableArray<string> Errors)
{
    /// <summary>Analyses the story's articles, resolves its entities and scores them.</summary>
    public static EntityEvaluation Of(FixtureStory story, EntityResolver? resolver = null)
    {
        var analyzed = story.Articles.Select(a => TextPipeline.Default.Analyze(a)).ToList();
        var entities = (resolver ?? EntityResolver.Default).Resolve(analyzed);
        return Score(story, entities);
    }

    /// <summary>Scores <paramref name="entities"/> against the story's gold entities.</summary>
    public static EntityEvaluation Score(FixtureStory story, ImmutableArray<Entity> entities)
    {
        // Gold: (article, text, type) → canonical names, one per occurrence.
        var gold = new Dictionary<(string Article, string Text, string Type), List<string>>();
        var goldCount = 0;
        foreach (var entity in story.Expected.Entities)
        {
            foreach (var (article, texts) in entity.Mentions)
            {
                foreach (var text in texts)
                {
                    var key = (article, Normalize(text), entity.Type);
                    if (!gold.TryGetValue(key, out var names))
                    {
                        gold[key] = names = [];
                    }

                    names.Add(entity.Name);
                    goldCount++;
                }
            }
        }

        var errors = ImmutableArray.CreateBuilder<string>();
        var correct = 0;
        var predicted = 0;
        var resolved = 0;
        foreach (var entity in entities)
        {
            foreach (var mention in entity.Mentions)
            {
                predicted++;
                var key = (mention.ArticleId, Normalize(mention.Text), TypeName(entity.Type));
                if (gold.TryGetValue(key, out var names) && names.Count > 0)
                {
                    correct++;
                    var at = names.IndexOf(entity.Name);
                    if (at >= 0)
                    {
                        resolved++;
                        names.RemoveAt(at);
                    }
                    else
                    {
                        errors.Add($"{story.Slug}/{mention.ArticleId}: '{mention.Text}' resolved to '{entity.Name}', gold '{names[0]}'");
                        names.RemoveAt(0);
                    }
                }
                else
                {
                    errors.Add($"{story.Slug}/{mention.ArticleId}: spurious '{mention.Text}' {TypeName(entity.Type)} (entity '{entity.Name}'){(mention.IsTentative ? " tentative" : "")}");
                }
            }
        }

        foreach (var ((article, text, type), names) in gold)
        {
            foreach (var name in names)
            {
                errors.Add($"{story.Slug}/{article}: missed '{text}' {type} (entity '{name}')");
            }
        }

        return new EntityEvaluation(new Counts(correct, predicted, goldCount), new Accuracy(resolved, correct), errors.ToImmutable());
    }

    private static string Normalize(string text) => text.Replace('\u2019', '\'');

    private static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        _ => "place",
    };
}
