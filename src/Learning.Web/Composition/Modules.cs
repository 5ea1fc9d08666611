using Learning.Certificates;
using Learning.Core.Modules;
using Learning.Courses;
using Learning.TideTurners;
using Learning.CleanSeas;
using Learning.Training;
using Learning.Impact;
using Learning.Site;

namespace Learning.Web.Composition;

/// <summary>The modules this site is composed of. A programme module is added here and nowhere else.</summary>
public static class Modules
{
    public static ModuleCatalog Create() => new([
        new SiteModule(), new WebModule(), new CertificatesModule(), new CoursesModule(), new TrainingModule(), new TideTurnersModule(),
        new CleanSeasModule(), new ImpactModule(),
    ]);
}
