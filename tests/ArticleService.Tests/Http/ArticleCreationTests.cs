using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ArticleService.Tests.Infrastructure;
using ClinicalContent.Serialization;
using ClinicalContent.Validation;

namespace ArticleService.Tests.Http;

/// <summary>POST /articles over real HTTP: what is stored, what is refused, and how the refusal reads.</summary>
public sealed class ArticleCreationTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    /// <summary>Cases whose errors stop an article from being stored.</summary>
    public static TheoryData<string> RefusedCases { get; } =
    [
        "cc1001-syntax-trailing-comma", "cc1002-duplicate-member", "cc1003-max-depth-exceeded", "cc1004-unknown-member",
        "cc1005-required-member-missing", "cc1006-null", "cc1007-wrong-type", "cc1008-invalid-enum-value",
        "cc1009-number-out-of-range", "cc1010-invalid-date", "cc1011-invalid-text", "cc1012-discriminator-missing",
        "cc1013-discriminator-unknown", "cc1015-empty-document", "cc1016-unsupported-schema-version",
        "cc2005-pattern-mismatch", "cc2006-string-length", "cc2007-number-out-of-range", "cc2008-array-not-unique",
        "cc3001-dose-range-inverted", "cc3002-dose-not-positive", "cc3003-unit-unknown", "cc3004-approved-without-reviewer",
        "cc3005-approved-without-date", "cc3006-approved-with-pending-notice", "cc3008-date-in-future",
        "cc3010-blank-statement-text", "cc3010-empty-part", "cc3010-empty-statement-text", "cc3012-offset-range-inverted",
        "cc3013-timing-inconsistent", "cc4001-citation-unresolved", "cc4003-duplicate-reference-id",
        "cc4004-precaution-citations-unresolved", "cc4004-precaution-uncited",
    ];

    /// <summary>Cases stored with their issues: warnings only, or a content error of an article not yet approved (CC3007).</summary>
    public static TheoryData<string> StoredCases { get; } =
    [
        "cc1017-byte-order-mark", "cc3007-pending-notice-missing", "cc3009-changed-after-approval",
        "cc3011-duplicate-statement", "cc4002-reference-not-cited", "cc4005-dominant-reference", "cc4006-number-without-citation",
    ];

    public static TheoryData<string> SampleFiles { get; } = [.. RepositoryPaths.SampleArticleFileNames()];

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public async Task Post_then_get_returns_each_sample_byte_for_byte(string fileName)
    {
        var sample = TestArticles.SampleBytes(fileName);
        var id = TestArticles.Sample(fileName).Id.Value;

        using var created = await service.Client.PostArticleAsync(sample);
        using var fetched = await service.Client.GetWithAsync("/articles/" + id, accept: "application/json");

        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        created.Headers.Location.Should().Be(new Uri("/articles/" + id, UriKind.Relative));
        fetched.StatusCode.Should().Be(HttpStatusCode.OK);
        fetched.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await fetched.Content.ReadAsByteArrayAsync()).Should().Equal(sample);
        HttpClientExtensions.ETag(fetched).Should().Be(HttpClientExtensions.ETag(created));
    }

    [Fact]
    public async Task Post_stores_an_unapproved_article_with_content_errors_and_reports_them_as_not_blocking()
    {
        // The seed article cites references its page never lists: real data, stored as it is while it is only submitted.
        var seed = TestArticles.Sample("myoclonus.json") with { Id = new("myoclonus-stored-with-issues") };
        var body = TestArticles.Canonical(seed);
        var expected = ArticleValidator.Default.Validate(body).Issues.Select(static i => (i.Code, i.Pointer)).ToList();

        using var response = await service.Client.PostArticleAsync(body);
        var receipt = await response.ReadObjectAsync();

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        expected.Select(static e => e.Code).Distinct().Should().BeEquivalentTo([IssueCodes.CitationUnresolved, IssueCodes.PrecautionUnsupported]);
        HttpClientExtensions.CodesAndPointers(receipt).Should().Equal(expected);
        receipt["issues"]!.AsArray().Should().AllSatisfy(static issue =>
        {
            issue!["severity"]!.GetValue<string>().Should().Be("error");
            issue["blocking"]!.GetValue<bool>().Should().BeFalse();
        });
        receipt["revision"]!.GetValue<long>().Should().Be(1);
        receipt["updated"]!.GetValue<DateTimeOffset>().Should().Be(service.Clock.GetUtcNow());
    }

    [Theory]
    [MemberData(nameof(RefusedCases))]
    public async Task Post_invalid_sample_returns_problem_details_with_its_codes_and_pointers(string caseName)
    {
        using var response = await service.Client.PostArticleAsync(InvalidSamples.Bytes(caseName));
        var problem = await response.ReadObjectAsync();

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        problem["type"]!.GetValue<string>().Should().Be("urn:clinicalcontent:problem:article-invalid");
        problem["title"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        problem["status"]!.GetValue<int>().Should().Be(400);
        problem["detail"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        problem["instance"]!.GetValue<string>().Should().Be("/articles");
        HttpClientExtensions.CodesAndPointers(problem).Should().Equal(InvalidSamples.Expected(caseName));
        problem["issues"]!.AsArray().Should().Contain(static issue => issue!["blocking"]!.GetValue<bool>());
        problem["issues"]!.AsArray().Should().AllSatisfy(static issue =>
        {
            issue!["line"]!.GetValue<int>().Should().BePositive();
            issue["column"]!.GetValue<int>().Should().BePositive();
            issue["message"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        });
    }

    [Theory]
    [MemberData(nameof(StoredCases))]
    public async Task Post_sample_with_only_non_blocking_issues_is_stored_and_reports_them(string caseName)
    {
        using var response = await service.Client.PostArticleAsync(InvalidSamples.Bytes(caseName));
        var receipt = await response.ReadObjectAsync();
        try
        {
            response.StatusCode.Should().Be(HttpStatusCode.Created);
            HttpClientExtensions.CodesAndPointers(receipt).Should().Equal(InvalidSamples.Expected(caseName));
            receipt["issues"]!.AsArray().Should().OnlyContain(static issue => !issue!["blocking"]!.GetValue<bool>());
        }
        finally
        {
            // The cases share one id: remove this one so the next case can be created.
            if (response.StatusCode == HttpStatusCode.Created)
            {
                using var deleted = await service.Client.DeleteArticleAsync(receipt["id"]!.GetValue<string>(), HttpClientExtensions.ETag(response));
                deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
            }
        }
    }

    [Fact]
    public void Every_invalid_sample_is_expected_either_to_be_refused_or_stored()
    {
        var listed = RefusedCases.Select(static (object[] row) => (string)row[0]).Concat(StoredCases.Select(static (object[] row) => (string)row[0]));

        listed.Should().BeEquivalentTo(RepositoryPaths.InvalidCaseNames());
    }

    [Fact]
    public async Task Post_malformed_json_returns_400_with_the_line_and_column_of_the_fault()
    {
        // The comma after "broken" is missing: the fault is the quotation mark that opens "language", line 4, column 3.
        var body = Encoding.UTF8.GetBytes("{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \"broken\"\n  \"language\": \"en\"\n}\n");

        using var response = await service.Client.PostArticleAsync(body);
        var problem = await response.ReadObjectAsync();

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var issue = problem["issues"]!.AsArray().Should().ContainSingle().Subject!;
        issue["code"]!.GetValue<string>().Should().Be(IssueCodes.JsonSyntaxError);
        issue["line"]!.GetValue<int>().Should().Be(4);
        issue["column"]!.GetValue<int>().Should().Be(3);
        issue["blocking"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task Post_article_of_a_newer_schema_comes_back_with_every_unknown_member_unchanged()
    {
        var sent = File.ReadAllBytes(RepositoryPaths.Fixture("newer-schema-article.json"));
        var canonical = TestArticles.Canonical(ClinicalArticleJson.Read(sent, ClinicalArticleJsonOptions.Tolerant).Value!);

        using var created = await service.Client.PostArticleAsync(sent);
        var receipt = await created.ReadObjectAsync();
        using var fetched = await service.Client.GetWithAsync("/articles/acute-migraine-next-schema");
        var returned = await fetched.Content.ReadAsByteArrayAsync();

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        HttpClientExtensions.CodesAndPointers(receipt).Should().BeEquivalentTo(new[]
        {
            (IssueCodes.UnknownMember, "/translations"),
            (IssueCodes.UnknownMember, "/summary/certainty"),
            (IssueCodes.UnknownMember, "/summary/citations/0/page"),
            (IssueCodes.UnknownMember, "/firstLineTherapy/options/0/components/0/dosages/0/dose/rounding"),
            (IssueCodes.UnknownMember, "/firstLineTherapy/options/0/points/0/audienceNote"),
            (IssueCodes.UnknownMember, "/references/0/identifiers"),
            (IssueCodes.UnknownMember, "/references/0/retraction"),
            (IssueCodes.UnknownMember, "/provenance"),
        });
        receipt["issues"]!.AsArray().Should().OnlyContain(static issue => !issue!["blocking"]!.GetValue<bool>());
        JsonNode.DeepEquals(JsonNode.Parse(returned), JsonNode.Parse(sent)).Should().BeTrue("nothing the newer schema added may be lost");
        returned.Should().Equal(canonical);
    }

    [Fact]
    public async Task Article_of_a_newer_schema_passes_through_a_replace_unchanged()
    {
        var sent = File.ReadAllBytes(RepositoryPaths.Fixture("newer-schema-article.json"));
        var original = ClinicalArticleJson.Read(sent, ClinicalArticleJsonOptions.Tolerant).Value! with { Id = new("next-schema-pass-through") };
        var etag = await service.Client.CreateAsync(TestArticles.Canonical(original));
        using var first = await service.Client.GetWithAsync("/articles/next-schema-pass-through");
        var firstBytes = await first.Content.ReadAsByteArrayAsync();

        using var replaced = await service.Client.PutArticleAsync("next-schema-pass-through", firstBytes, etag);
        using var second = await service.Client.GetWithAsync("/articles/next-schema-pass-through");

        replaced.StatusCode.Should().Be(HttpStatusCode.OK);
        (await second.Content.ReadAsByteArrayAsync()).Should().Equal(firstBytes);
    }

    [Fact]
    public async Task Post_with_an_id_that_exists_returns_409_conflict()
    {
        await service.Client.CreateAsync(TestArticles.MigraineJson("conflicting-id"));

        using var response = await service.Client.PostArticleAsync(TestArticles.MigraineJson("conflicting-id"));
        var problem = await response.ReadObjectAsync();

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        problem["status"]!.GetValue<int>().Should().Be(409);
        problem["type"]!.GetValue<string>().Should().Be("about:blank");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData(null)]
    public async Task Post_with_a_body_that_is_not_declared_json_returns_415(string? contentType)
    {
        using var response = await service.Client.PostArticleAsync(TestArticles.MigraineJson("not-json-declared"), contentType);
        var problem = await response.ReadObjectAsync();

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        problem["supported"]!.AsArray().Select(static t => t!.GetValue<string>()).Should().Equal("application/json");
    }

    [Fact]
    public async Task Post_with_json_declared_in_utf8_is_accepted()
    {
        using var response = await service.Client.PostArticleAsync(TestArticles.MigraineJson("declared-utf8"), "application/json; charset=utf-8");

        response.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Post_larger_than_the_largest_readable_article_returns_413()
    {
        var body = new byte[ClinicalArticleJsonOptions.DefaultMaxDocumentLength + 1];
        body.AsSpan().Fill((byte)' ');

        using var response = await service.Client.PostArticleAsync(body);
        var problem = await response.ReadObjectAsync();

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        problem["type"]!.GetValue<string>().Should().Be("urn:clinicalcontent:problem:article-too-large");
    }
}
