using ClinicalContent.Model;
using FsCheck;
using FsCheck.Fluent;

namespace ClinicalContent.Tests.Generators;

/// <summary>An article that holds at least one unknown member (on the root, and possibly elsewhere).</summary>
public sealed record ArticleWithUnknownMembers(ClinicalArticle Article);

/// <summary>An article and a seed that drives deterministic random mutations of its JSON.</summary>
public sealed record ArticleAndSeed(ClinicalArticle Article, int Seed);

/// <summary>Byte strings built from JSON-ish tokens, to reach the reader's deeper paths more often than random bytes do.</summary>
public sealed record TokenSoup(byte[] Bytes);

/// <summary>
/// FsCheck 3 arbitraries that generate complete <see cref="ClinicalArticle"/> graphs exercising every member of
/// every model type (see <see cref="ArticleFactory"/> for what is generated).
/// </summary>
/// <remarks>
/// FsCheck chooses the size and a seed; <see cref="ArticleFactory"/> then makes the thousands of small choices an
/// article needs from a <see cref="Random"/> with that seed. Composing every string and number with FsCheck's
/// <c>SelectMany</c> cost about 20 ms per article (each bind allocates and splits the generator), which made
/// 2,000-case properties take minutes; this way they take a second or two, and a failing case still replays
/// from FsCheck's seed because the same seed always builds the same article.
/// </remarks>
public static class ArticleArbitraries
{
    /// <summary>Complete articles; list lengths grow with FsCheck's size.</summary>
    public static Gen<ClinicalArticle> ArticleGen { get; } =
        Gen.Sized(size => Gen.Choose(0, int.MaxValue).Select(seed => new ArticleFactory(seed, size).Article()));

    /// <summary>Complete articles.</summary>
    public static Arbitrary<ClinicalArticle> Article() => Arb.From(ArticleGen);

    /// <summary>Complete articles with at least one unknown member on the root.</summary>
    public static Arbitrary<ArticleWithUnknownMembers> WithUnknownMembers() => Arb.From(
        Gen.Sized(size => Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            var factory = new ArticleFactory(seed, size);
            return new ArticleWithUnknownMembers(factory.Article() with { UnknownMembers = factory.NonEmptyUnknown() });
        })));

    /// <summary>Complete articles paired with a mutation seed.</summary>
    public static Arbitrary<ArticleAndSeed> WithSeed() => Arb.From(
        from article in ArticleGen
        from seed in Gen.Choose(0, int.MaxValue)
        select new ArticleAndSeed(article, seed));

    /// <summary>Byte strings made of JSON tokens, invalid UTF-8 and byte order marks.</summary>
    public static Arbitrary<TokenSoup> Soup() => Arb.From(
        from count in Gen.Choose(0, 60)
        from tokens in Gen.Elements(ArticleFactory.SoupTokens).ArrayOf(count)
        select new TokenSoup([.. tokens.SelectMany(static t => t)]));
}
