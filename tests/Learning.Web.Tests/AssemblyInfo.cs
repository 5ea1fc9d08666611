// Each site runs its own job server; running them one at a time keeps the two cores for the work under test.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
