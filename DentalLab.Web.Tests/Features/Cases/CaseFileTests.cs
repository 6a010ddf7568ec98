using System.Net;
using System.Security.Cryptography;
using System.Text;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Cases;
using DentalLab.Web.Infrastructure.Files;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Cases;

/// <summary>Uploads are checked by content and size; downloads go through the endpoint, which knows who may have which file.</summary>
[Collection(LabCollection.Name)]
public sealed class CaseFileTests(LabServerFixture server)
{
    /// <summary>A real 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    public static readonly byte[] AsciiStl = Encoding.ASCII.GetBytes("""
        solid crown
          facet normal 0 0 1
            outer loop
              vertex 0 0 0
              vertex 1 0 0
              vertex 0 1 0
            endloop
          endfacet
        endsolid crown
        """);

    private const string Password = DemoDataGenerator.DemoPassword;

    [Fact]
    public async Task A_png_renamed_to_stl_is_refused_and_a_real_ascii_stl_is_kept_under_a_generated_name()
    {
        var app = await server.SharedAppAsync("case-files");
        var number = await NewCaseAsync(app);
        await using var scope = await app.ScopeAsAsync("tech@dentallab.test");
        var files = scope.ServiceProvider.GetRequiredService<CaseFileService>();

        var refused = await files.UploadAsync(number, new MemoryStream(Png), "upper-jaw.stl", visibleToDentist: false);
        Assert.Equal("upper-jaw.stl is not a STL file: its content is PNG.", refused.For("File"));

        var progress = new List<long>();
        var accepted = await files.UploadAsync(number, new MemoryStream(AsciiStl), "upper-jaw.stl", false, new SyncProgress(progress.Add));
        Assert.True(accepted.Succeeded, accepted.For("File"));
        Assert.Equal(AsciiStl.Length, progress[^1]);

        await using var db = app.Db();
        var file = await db.CaseFiles.SingleAsync(f => f.Case!.CaseNumber == number);
        Assert.Equal("upper-jaw.stl", file.OriginalFileName);
        Assert.Equal("model/stl", file.ContentType);
        Assert.Equal(CaseFile.KindScan, file.Kind);
        Assert.Equal(AsciiStl.Length, file.SizeBytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(AsciiStl)), file.Sha256);
        Assert.DoesNotContain("upper-jaw", file.StoredName, StringComparison.Ordinal);
        var root = app.Services.GetRequiredService<FileStore>().Root;
        Assert.Equal(AsciiStl, await File.ReadAllBytesAsync(Path.Combine(root, file.StoredName)));
        Assert.DoesNotContain(Directory.GetFiles(root), f => f.Contains("upper-jaw", StringComparison.Ordinal) || f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("model.obj", "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n", true)]
    [InlineData("scan.ply", "ply\nformat ascii 1.0\nelement vertex 0\nend_header\n", true)]
    [InlineData("rx.pdf", "%PDF-1.7\n%\u00e2\u00e3\n", true)]
    [InlineData("notes.obj", "just some text\nthat is not a mesh\n", false)]
    [InlineData("setup.exe", "MZ\u0090\u0000", false)]
    public async Task Other_types_are_recognised_by_their_content(string name, string content, bool accepted)
    {
        var app = await server.SharedAppAsync("case-files");
        var number = await NewCaseAsync(app);
        await using var scope = await app.ScopeAsAsync("tech@dentallab.test");
        var result = await scope.ServiceProvider.GetRequiredService<CaseFileService>()
            .UploadAsync(number, new MemoryStream(Encoding.Latin1.GetBytes(content)), name, false);
        Assert.Equal(accepted, result.Succeeded);
    }

    [Fact]
    public async Task A_renamed_executable_and_a_binary_stl_are_told_apart()
    {
        var app = await server.SharedAppAsync("case-files");
        var number = await NewCaseAsync(app);
        await using var scope = await app.ScopeAsAsync("tech@dentallab.test");
        var files = scope.ServiceProvider.GetRequiredService<CaseFileService>();

        var elf = new byte[4096];
        "\u007fELF"u8.CopyTo(elf);
        Assert.False((await files.UploadAsync(number, new MemoryStream(elf), "crown.stl", false)).Succeeded);
        Assert.False((await files.UploadAsync(number, new MemoryStream(elf), "crown.obj", false)).Succeeded);
        Assert.True((await files.UploadAsync(number, new MemoryStream(BinaryStl(2)), "crown.stl", false)).Succeeded);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_from_settings_is_refused()
    {
        var app = await server.SharedAppAsync("case-files-limit");
        var number = await NewCaseAsync(app);
        await using (var db = app.Db())
        {
            await db.Settings.Where(s => s.Key == "files.max_upload_mb").ExecuteUpdateAsync(u => u.SetProperty(s => s.Value, "1"));
        }

        app.Services.GetRequiredService<LabSettings>().Invalidate();
        await using var scope = await app.ScopeAsAsync("tech@dentallab.test");
        var files = scope.ServiceProvider.GetRequiredService<CaseFileService>();
        Assert.Equal(1024 * 1024, await files.MaxUploadBytesAsync());

        var big = BinaryStl(30_000); // 1.5 MB
        var refused = await files.UploadAsync(number, new MemoryStream(big), "big.stl", false);
        Assert.Equal("big.stl is larger than the limit of 1 MB.", refused.For("File"));
        Assert.True((await files.UploadAsync(number, new MemoryStream(BinaryStl(20_000)), "small.stl", false)).Succeeded);
        Assert.DoesNotContain(Directory.GetFiles(app.Services.GetRequiredService<FileStore>().Root), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Downloads_are_for_staff_and_for_the_dentist_of_the_case_only_when_shared()
    {
        var app = await server.SharedAppAsync("case-files");
        var number = await NewCaseAsync(app);
        Guid shared, internalOnly;
        await using (var scope = await app.ScopeAsAsync("tech@dentallab.test"))
        {
            var files = scope.ServiceProvider.GetRequiredService<CaseFileService>();
            Assert.True((await files.UploadAsync(number, new MemoryStream(Png), "smile.png", visibleToDentist: true)).Succeeded);
            Assert.True((await files.UploadAsync(number, new MemoryStream(AsciiStl), "prep.stl", visibleToDentist: false)).Succeeded);
            await using var db = app.Db();
            shared = await db.CaseFiles.Where(f => f.Case!.CaseNumber == number && f.OriginalFileName == "smile.png").Select(f => f.Id).SingleAsync();
            internalOnly = await db.CaseFiles.Where(f => f.Case!.CaseNumber == number && f.OriginalFileName == "prep.stl").Select(f => f.Id).SingleAsync();
        }

        using var technician = new LabHttp(app);
        await technician.SignInAsync("tech@dentallab.test", Password);
        var image = await technician.GetAsync($"/cases/{number}/files/{shared}");
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await image.Content.ReadAsByteArrayAsync());
        var scan = await technician.GetAsync($"/cases/{number}/files/{internalOnly}");
        Assert.Equal(HttpStatusCode.OK, scan.StatusCode);
        Assert.Equal("prep.stl", scan.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(HttpStatusCode.NotFound, (await technician.GetAsync($"/cases/DL-1999-000001/files/{shared}")).StatusCode);

        using var owner = new LabHttp(app);
        await owner.SignInAsync("dentist@dentallab.test", Password);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/cases/{number}/files/{shared}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/cases/{number}/files/{internalOnly}")).StatusCode);

        using var otherDentist = new LabHttp(app);
        await otherDentist.SignInAsync("dentist2@dentallab.test", Password);
        Assert.Equal(HttpStatusCode.NotFound, (await otherDentist.GetAsync($"/cases/{number}/files/{shared}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherDentist.GetAsync($"/cases/{number}/files/{internalOnly}")).StatusCode);

        using var anonymous = new LabHttp(app);
        var refused = await anonymous.GetAsync($"/cases/{number}/files/{shared}");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/account/login", LabHttp.PathOf(refused));
    }

    private static async Task<string> NewCaseAsync(LabApp app) =>
        await CaseTestData.CreateAsync(app, CaseTestData.Crown(await CaseTestData.DentistOfAsync(app, "dentist@dentallab.test")));

    /// <summary>A binary STL of <paramref name="triangles"/> empty triangles, with a header that starts with "solid" as some exporters write.</summary>
    private static byte[] BinaryStl(int triangles)
    {
        var bytes = new byte[84 + (50 * triangles)];
        "solid exported by a scanner"u8.CopyTo(bytes);
        BitConverter.GetBytes((uint)triangles).CopyTo(bytes, 80);
        return bytes;
    }

    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
