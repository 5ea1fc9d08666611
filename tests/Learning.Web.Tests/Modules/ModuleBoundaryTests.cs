using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Learning.Core.Modules;
using Learning.Web.Composition;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Learning.Web.Tests.Modules;

/// <summary>
/// The fences between modules, read from the compiled assemblies: a programme module does not
/// reference another, no module touches an entity type another module maps, and every table of the
/// site's model has a module that maps it.
/// </summary>
public sealed class ModuleBoundaryTests
{
    /// <summary>Modules every module may build on: the platform and the certificates they issue.</summary>
    private static readonly HashSet<string> Shared = ["Learning.Core", "Learning.Certificates"];

    private static IReadOnlyList<ILearningModule> All => Learning.Web.Composition.Modules.Create().Modules;

    private static IEnumerable<Assembly> ModuleAssemblies => All.Select(m => m.GetType().Assembly).Distinct();

    [Fact]
    public void No_programme_module_references_another()
    {
        var names = ModuleAssemblies.Select(a => a.GetName().Name!).ToHashSet();
        var crossings = ModuleAssemblies
            .Where(a => !Shared.Contains(a.GetName().Name!) && a.GetName().Name != "Learning.Web")
            .SelectMany(a => a.GetReferencedAssemblies()
                .Where(r => names.Contains(r.Name!) && !Shared.Contains(r.Name!))
                .Select(r => $"{a.GetName().Name} -> {r.Name}"))
            .ToList();

        Assert.Empty(crossings);
    }

    [Fact]
    public void No_module_uses_an_entity_type_another_module_maps()
    {
        var owners = Owners();
        var crossings = new List<string>();
        foreach (var assembly in ModuleAssemblies.Where(a => a.GetName().Name != "Learning.Web"))
        {
            var mine = owners.Where(o => o.Value.GetType().Assembly == assembly).Select(o => o.Key).ToHashSet();
            crossings.AddRange(ReferencedTypes(assembly)
                .Where(t => owners.ContainsKey(t) && !mine.Contains(t) && !owners[t].GetType().Assembly.Equals(assembly))
                .Where(t => !SharedByDesign.Contains(t))
                .Select(t => $"{assembly.GetName().Name} uses {t.Name}, mapped by {owners[t].Name}"));
        }

        var distinct = crossings.Distinct().Order().ToList();
        Assert.True(distinct.Count == 0, string.Join("\n", distinct));
    }

    [Fact]
    public void The_reading_of_metadata_sees_what_a_module_hands_its_context()
    {
        var courses = ReferencedTypes(typeof(Learning.Courses.CoursesModule).Assembly).ToHashSet();

        Assert.Contains(typeof(Learning.Courses.Enrolments.Enrolment), courses);
        Assert.Contains(typeof(Learning.Courses.Editions.Edition), courses);
    }

    [Fact]
    public void Every_table_has_a_module_that_maps_it()
    {
        var owners = Owners();
        using var db = new Learning.Web.Data.SqliteLearningDbContext(
            new DbContextOptionsBuilder<Learning.Web.Data.SqliteLearningDbContext>().UseSqlite("Data Source=:memory:").Options, Learning.Web.Composition.Modules.Create());

        var orphans = db.Model.GetEntityTypes()
            .Where(e => !e.IsOwned() && !owners.ContainsKey(e.ClrType) && !FromIdentity(e))
            .Select(e => $"{e.GetTableName()} ({e.ClrType.Name})")
            .ToList();

        Assert.Empty(orphans);
    }

    /// <summary>
    /// A table says whose it is: a programme module's tables begin with its name, singular or plural
    /// (Courses…, Certificate…); the kernel's, mapped by the Site module, have no prefix.
    /// </summary>
    [Fact]
    public void Every_programme_table_is_named_for_its_module()
    {
        var owners = Owners();
        using var db = new Learning.Web.Data.SqliteLearningDbContext(
            new DbContextOptionsBuilder<Learning.Web.Data.SqliteLearningDbContext>().UseSqlite("Data Source=:memory:").Options, Learning.Web.Composition.Modules.Create());

        var misnamed = db.Model.GetEntityTypes()
            .Where(e => !e.IsOwned() && owners.TryGetValue(e.ClrType, out var owner) && owner is not Learning.Site.SiteModule)
            .Where(e => !e.GetTableName()!.StartsWith(owners[e.ClrType].Name.TrimEnd('s'), StringComparison.Ordinal))
            .Select(e => $"{e.GetTableName()} ({owners[e.ClrType].Name})")
            .ToList();

        Assert.Empty(misnamed);
    }

    /// <summary>
    /// Entities of the platform that every module reads on purpose, each with no service in front of
    /// it yet: none today. A module that needs another's data asks that module's service.
    /// </summary>
    private static readonly HashSet<Type> SharedByDesign = [];

    private static bool FromIdentity(IEntityType entity) =>
        entity.ClrType.Assembly == typeof(IdentityUserContext<>).Assembly
        || entity.ClrType.Assembly == typeof(Microsoft.AspNetCore.Identity.IdentityUser).Assembly
        || entity.ClrType == typeof(Learning.Core.Data.LearningUser);

    /// <summary>The entity types each module maps, found by letting it configure a model of its own.</summary>
    private static Dictionary<Type, ILearningModule> Owners()
    {
        var owners = new Dictionary<Type, ILearningModule>();
        foreach (var module in All)
        {
            var builder = new ModelBuilder();
            module.ConfigureModel(builder);
            foreach (var entity in builder.Model.GetEntityTypes().Where(e => !e.IsOwned()))
            {
                Assert.True(owners.TryAdd(entity.ClrType, module), $"{entity.ClrType.Name} is mapped by {owners.GetValueOrDefault(entity.ClrType)?.Name} and {module.Name}");
            }
        }
        return owners;
    }

    /// <summary>What a DbContext is asked to read or write with: Set, Add, Remove, Update, Attach, Entry, Find.</summary>
    private static readonly HashSet<string> DataMethods =
        ["Set", "Add", "AddAsync", "AddRange", "Remove", "RemoveRange", "Update", "UpdateRange", "Attach", "Entry", "Find", "FindAsync"];

    /// <summary>
    /// The entity types an assembly's code hands to a DbContext, read from its metadata: every
    /// generic instantiation of a DbContext data method, such as <c>db.Set&lt;Cohort&gt;()</c> or
    /// <c>db.Add(cohort)</c>. Naming a type elsewhere (a service's answer) is not reading its table.
    /// </summary>
    private static IEnumerable<Type> ReferencedTypes(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var names = new TypeNames(assembly);
        var types = new List<Type>();
        for (var row = 1; row <= reader.GetTableRowCount(TableIndex.MethodSpec); row++)
        {
            var spec = reader.GetMethodSpecification(MetadataTokens.MethodSpecificationHandle(row));
            if (spec.Method.Kind != HandleKind.MemberReference)
            {
                continue;
            }
            var member = reader.GetMemberReference((MemberReferenceHandle)spec.Method);
            if (!DataMethods.Contains(reader.GetString(member.Name)) || !names.IsDbContext(reader, member.Parent))
            {
                continue;
            }
            types.AddRange(spec.DecodeSignature(names, null!).Select(Type.GetType).OfType<Type>());
        }
        return types;
    }

    /// <summary>Names the types in a signature as assembly-qualified names, enough to find them again.</summary>
    private sealed class TypeNames(Assembly assembly) : ISignatureTypeProvider<string, object>
    {
        public bool IsDbContext(MetadataReader reader, EntityHandle parent) => parent.Kind == HandleKind.TypeReference
            && Type.GetType(GetTypeFromReference(reader, (TypeReferenceHandle)parent, 0)) is { } type && typeof(DbContext).IsAssignableFrom(type);

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var reference = reader.GetTypeReference(handle);
            var scope = reference.ResolutionScope.Kind == HandleKind.AssemblyReference
                ? reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)reference.ResolutionScope).Name)
                : assembly.GetName().Name;
            return $"{reader.GetString(reference.Namespace)}.{reader.GetString(reference.Name)}, {scope}";
        }

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            var definition = reader.GetTypeDefinition(handle);
            return $"{reader.GetString(definition.Namespace)}.{reader.GetString(definition.Name)}, {assembly.GetName().Name}";
        }

        public string GetTypeFromSpecification(MetadataReader reader, object genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public string GetGenericInstantiation(string genericType, System.Collections.Immutable.ImmutableArray<string> typeArguments) => genericType;

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[]";

        public string GetByReferenceType(string elementType) => elementType;

        public string GetPointerType(string elementType) => elementType;

        public string GetPinnedType(string elementType) => elementType;

        public string GetGenericMethodParameter(object genericContext, int index) => "!!" + index;

        public string GetGenericTypeParameter(object genericContext, int index) => "!" + index;

        public string GetFunctionPointerType(MethodSignature<string> signature) => "fnptr";

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

        public string GetTypeFromSerializedName(string name) => name;

        public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(string type) => type.StartsWith("System.Type,", StringComparison.Ordinal);

        public string GetSystemType() => "System.Type, System.Runtime";
    }
}
