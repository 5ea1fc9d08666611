using System.Net;
using Learning.TideTurners.Youths;
using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.Infrastructure;
using Learning.Web.Tests.TideTurners;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace Learning.Web.Tests.Operations;

/// <summary>
/// Two nodes with data folders of their own and one shared uploads folder: a photo a leader
/// uploads through node A is served by node B to the national coordinator.
/// </summary>
[Trait("Category", "Postgres")]
[Trait("Category", "Nodes")]
public sealed class SharedUploadsTests : IClassFixture<PostgresSite>
{
    private readonly PostgresSite nodeA;
    private readonly string shared = Path.Combine(Path.GetTempPath(), "learning-tests", "shared-uploads-" + Guid.NewGuid().ToString("N"));

    public SharedUploadsTests(PostgresSite nodeA)
    {
        this.nodeA = nodeA;
        nodeA.Settings["Learning:UploadsPath"] = shared;
    }

    [Fact]
    public async Task A_photo_uploaded_through_one_node_is_served_by_the_other()
    {
        var leaderOnA = await ChallengeSite.AppointedAsync(nodeA, "Leader", "wagggs", "TH");
        using var nodeB = nodeA.SecondNode();
        nodeB.Settings["Learning:UploadsPath"] = shared;
        var coordinatorOnB = await ChallengeSite.AppointedAsync(nodeB, "Coordinator", "wagggs", "TH");
        var group = await ChallengeSite.CreateGroupAsync(leaderOnA, "Bangkok Guides");
        await ChallengeSite.AddYouthAsync(leaderOnA, group, "Nok");
        await ChallengeSite.RecordAllAsync(leaderOnA, group, "entry");
        var youth = await nodeA.WithDbAsync(db => db.Set<Youth>().AsNoTracking().SingleAsync(y => y.GroupId == group));

        var uploaded = await ChallengeSite.UploadPhotoAsync(leaderOnA, youth.Id);
        var link = (await coordinatorOnB.GetDocumentAsync($"/en/tide-turners/youths/{youth.Id}")).QuerySelector("ul.records a[href*='handler=photo']")?.GetAttribute("href");
        var served = await coordinatorOnB.GetAsync($"/en/tide-turners/youths/{youth.Id}{link}");
        var stranger = nodeB.Browser();
        await AccountFlows.RegisterConfirmedAsync(nodeB, stranger, $"stranger-{Guid.NewGuid():N}@example.org");

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        Assert.NotNull(link);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType?.MediaType);
        using (var codec = SKCodec.Create(new MemoryStream(await served.Content.ReadAsByteArrayAsync())))
        {
            Assert.Equal(SKEncodedImageFormat.Jpeg, codec.EncodedFormat);
        }
        Assert.Single(Directory.GetFiles(Path.Combine(shared, "tide-turners", youth.Id.ToString())));
        Assert.False(Directory.Exists(Path.Combine(nodeA.DataPath, "uploads")));
        Assert.NotEqual(nodeA.DataPath, nodeB.DataPath);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/en/tide-turners/youths/{youth.Id}{link}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinatorOnB.GetAsync($"/en/tide-turners/youths/{youth.Id}?handler=photo&name=..%2F..%2Fx.jpg")).StatusCode);
    }
}
