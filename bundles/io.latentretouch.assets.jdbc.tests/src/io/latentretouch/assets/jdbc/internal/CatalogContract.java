package io.latentretouch.assets.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.latentretouch.assets.Asset;
import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.Catalogs;
import io.latentretouch.assets.Cell;
import io.latentretouch.assets.FileEntry;
import io.latentretouch.assets.FileFacts;
import io.latentretouch.assets.Filter;
import io.latentretouch.assets.Job;
import io.latentretouch.assets.JobSpec;
import io.latentretouch.assets.JournalEntry;
import io.latentretouch.assets.Label;
import io.latentretouch.assets.Rendered;
import io.latentretouch.assets.Root;
import io.latentretouch.assets.RootKind;
import io.latentretouch.assets.Stack;
import io.latentretouch.assets.Submitted;
import io.latentretouch.assets.VariantKey;
import io.latentretouch.inference.testing.Services;

/**
 * Issue 12: what every catalog does, on SQLite and on PostgreSQL alike (one subclass each, on a real database): the
 * schema from the migrations, originals in their own stacks with a pick, full-text search, and the job protocol —
 * idempotent submit, fenced claims, completion recorded once with the variant in its source's stack, a lost lease
 * committing nothing, retries up to the last attempt, many workers never sharing a job.
 */
abstract class CatalogContract {

    protected Catalog catalog;
    protected Root root;

    /** The URL of an empty catalog for one test. */
    abstract String freshUrl() throws Exception;

    /** A catalog for another worker: another connection where the database allows, else the same one. */
    abstract Catalog worker() throws Exception;

    @BeforeEach
    void open() throws Exception {
        catalog = Services.await(Catalogs.class).open(freshUrl());
        root = catalog.root(Path.of("/studio/shoot-1"), RootKind.NETWORK);
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    static FileFacts facts(String sha) {
        return new FileFacts(1000, 1_700_000_000_000L, sha, "jpeg", 640, 480);
    }

    static VariantKey key(String source, long seed) {
        return new VariantKey(source, "recipe-sha", seed, "models-sha", null, "jpeg");
    }

    @Test
    void anOriginalIsItsOwnStacksPickAndIsFoundByTheWordsOfItsName() throws Exception {
        Asset a = catalog.addOriginal(root, "looks/portrait-light.jpg", facts("aa"));
        Asset b = catalog.addOriginal(root, "looks/garment-flat.jpg", facts("bb"));
        assertEquals(Asset.Kind.ORIGINAL, a.kind());
        Stack stack = catalog.stackOf(a.id());
        assertEquals(List.of(a.id()), stack.members());
        assertEquals(a.id(), stack.pick());
        assertEquals(List.of(FileEntry.Role.ORIGINAL), catalog.files(a.id()).stream().map(FileEntry::role).toList());
        assertEquals("looks/portrait-light.jpg", catalog.files(a.id()).get(0).path());
        assertEquals(List.of(a), catalog.search("portrait"));
        assertEquals(List.of(a), catalog.search("PORT lig"), "words as prefixes, all of them");
        assertEquals(List.of(b), catalog.search("flat jpg"));
        assertTrue(catalog.search("portrait flat").isEmpty());
        assertEquals(root, catalog.root(Path.of("/studio/shoot-1"), RootKind.NETWORK), "a root is added once");
        assertEquals(root, catalog.root(catalog.files(a.id()).get(0).rootId()).orElseThrow());
        assertTrue(catalog.process().endsWith(":" + ProcessHandle.current().pid()), catalog.process());
    }

    @Test
    void aFileIsFoundByItsPathAndByItsBytesAndKeepsItsAssetWhenItMovesOrChanges() throws Exception {
        Asset a = catalog.addOriginal(root, "day1/a.jpg", facts("aa"));
        FileEntry f = catalog.file(root.id(), "day1/a.jpg").orElseThrow();
        assertEquals(a.id(), f.assetId());
        assertEquals(List.of(f), catalog.filesWithHash("aa"));
        Root other = catalog.root(Path.of("/studio/archive"), RootKind.REMOVABLE);
        catalog.moveFile(f.id(), other.id(), "2026/a.jpg");
        assertTrue(catalog.file(root.id(), "day1/a.jpg").isEmpty());
        assertEquals(a.id(), catalog.file(other.id(), "2026/a.jpg").orElseThrow().assetId());
        catalog.updateFile(f.id(), facts("dd"));
        assertTrue(catalog.filesWithHash("aa").isEmpty());
        assertEquals("dd", catalog.files(a.id()).get(0).facts().sha256());
    }

    @Test
    void ratingsAndKeywordsAreKeptAndTheKeywordsSearched() throws Exception {
        Asset a = catalog.addOriginal(root, "look-12.jpg", facts("aa"));
        catalog.rate(a.id(), 4);
        assertEquals(4, catalog.asset(a.id()).orElseThrow().rating());
        catalog.rate(a.id(), -1);
        assertEquals(-1, catalog.asset(a.id()).orElseThrow().rating(), "rejected");
        assertThrows(IllegalArgumentException.class, () -> catalog.rate(a.id(), 6));
        catalog.keywords(a.id(), Set.of("linen", "spring-summer"));
        assertEquals(List.of("linen", "spring-summer"), catalog.keywords(a.id()));
        assertEquals(List.of(a.id()), ids("linen"));
        assertEquals(List.of(a.id()), ids("look summer"), "the name and the keywords together");
        catalog.keywords(a.id(), Set.of("wool"));
        assertTrue(catalog.search("linen").isEmpty(), "a keyword taken away no longer finds it");
        assertEquals(List.of(a.id()), ids("wool"));
        assertEquals(List.of(a.id()), ids("look"), "nor did the name go");
    }

    @Test
    void aCatalogOfTheFirstSchemaFiltersTheSameStacksOnceMigrated() throws Exception {
        catalog.close();
        String url = freshUrl();
        Dialect dialect = Dialect.of(url);
        long merged;
        long single;
        new Migrations(new Connections(url, dialect), dialect, "2").migrate();
        try (Connection c = new Connections(url, dialect).open()) {
            long a = Store.insert(c, "INSERT INTO asset (uuid, kind, name, rating, added_at) VALUES ('uuid:a', 'original', 'a.jpg', 0, 0)");
            long b = Store.insert(c, "INSERT INTO asset (uuid, kind, name, rating, added_at) VALUES ('uuid:b', 'original', 'b.jpg', 4, 0)");
            long d = Store.insert(c, "INSERT INTO asset (uuid, kind, name, rating, added_at) VALUES ('uuid:d', 'original', 'd.jpg', 2, 0)");
            merged = Store.insert(c, "INSERT INTO stack (uuid, pick_asset_id) VALUES ('s1', ?)", a);
            single = Store.insert(c, "INSERT INTO stack (uuid, pick_asset_id) VALUES ('s2', ?)", d);
            Store.update(c, "INSERT INTO stack_member (stack_id, asset_id, position) VALUES (?, ?, 0), (?, ?, 1), (?, ?, 0)", merged, a, merged, b, single, d);
        }
        catalog = Services.await(Catalogs.class).open(url);
        assertEquals(List.of(merged, single), catalog.stacks(Filter.ALL));
        assertEquals(List.of(merged), catalog.stacks(new Filter("", 3, Label.NONE, "", false)), "by the rating of a member that is not the pick");
        assertEquals(List.of(), catalog.stacks(new Filter("", 5, Label.NONE, "", false)));
        root = catalog.root(Path.of("/studio/shoot-1"), RootKind.NETWORK);
        Asset e = catalog.addOriginal(root, "e.jpg", facts("ee"));
        assertEquals(List.of(merged, single, catalog.stackOf(e.id()).id()), catalog.stacks(Filter.ALL), "and one imported since");
    }

    @Test
    void stacksAreMergedByMovingTheirMembersAndSplitAgainByMovingThemBack() throws Exception {
        Asset a = catalog.addOriginal(root, "bracket-1.jpg", facts("aa"));
        Asset b = catalog.addOriginal(root, "bracket-2.jpg", facts("bb"));
        Asset c = catalog.addOriginal(root, "bracket-3.jpg", facts("cc"));
        long sa = catalog.stackOf(a.id()).id();
        long sb = catalog.stackOf(b.id()).id();
        long sc = catalog.stackOf(c.id()).id();
        catalog.moveToStack(sa, List.of(c.id(), b.id()));
        Stack merged = catalog.stackOf(b.id());
        assertEquals(sa, merged.id());
        assertEquals(List.of(a.id(), c.id(), b.id()), merged.members(), "after its members, in the order given");
        assertEquals(a.id(), merged.pick(), "the pick stays");
        assertEquals(List.of(sa), catalog.stacks(Filter.ALL), "emptied stacks show nowhere");
        assertEquals(3, catalog.cells(List.of(sa, sb, sc)).get(0).members());
        assertEquals(1, catalog.cells(List.of(sa, sb, sc)).size(), "nor as cells");

        catalog.moveToStack(sb, List.of(b.id()));
        catalog.moveToStack(sc, List.of(c.id()));
        assertEquals(List.of(sa, sb, sc), catalog.stacks(Filter.ALL), "moved back, each stack has its id again");
        assertEquals(List.of(b.id()), catalog.stackOf(b.id()).members());
        assertEquals(b.id(), catalog.stackOf(b.id()).pick());

        catalog.moveToStack(sb, List.of(a.id()));
        assertEquals(List.of(sb, sc), catalog.stacks(Filter.ALL), "a stack whose last member left shows nowhere");
        assertThrows(CatalogException.class, () -> catalog.moveToStack(999_999L, List.of(a.id())));
        assertThrows(CatalogException.class, () -> catalog.moveToStack(sb, List.of(999_999L)));
    }

    @Test
    void aVariantFoundOnDiskIsAdoptedOnceAndAKeyAJobOwnsIsLeftToTheJob() throws Exception {
        Asset a = catalog.addOriginal(root, "linen.jpg", facts("aa"));
        Asset b = catalog.addOriginal(root, "wool.jpg", facts("bb"));
        Rendered found = new Rendered(root, "linen.variants/linen-look-1.jpg", facts("dd"), "linen-look-1.jpg", true);
        long variant = catalog.jobs().adopt(a.id(), key("aa", 1), found);
        assertEquals(List.of(a.id(), variant), catalog.stackOf(a.id()).members(), "in its source's stack");
        assertEquals(Asset.Kind.VARIANT, catalog.asset(variant).orElseThrow().kind());
        assertTrue(catalog.asset(variant).orElseThrow().ai());
        assertEquals(variant, catalog.jobs().adopt(a.id(), key("aa", 1), found), "adopted once");
        assertEquals(0, catalog.jobs().submit("again", "librarian", List.of(new JobSpec(a.id(), key("aa", 1), "{}", 3))).added(),
                "its key is known: submitting it adds nothing");
        assertEquals(1, VariantKey.parse(key("aa", 1).text()).seed());
        assertEquals(key("aa", 1), VariantKey.parse(key("aa", 1).text()), "the key's text reads back");

        catalog.jobs().submit("b", "librarian", List.of(new JobSpec(b.id(), key("bb", 1), "{}", 3)));
        Rendered early = new Rendered(root, "wool.variants/wool-look-1.jpg", facts("ee"), "wool-look-1.jpg", true);
        assertEquals(-1, catalog.jobs().adopt(b.id(), key("bb", 1), early), "a job owns the key");
        assertEquals(List.of(b.id()), catalog.stackOf(b.id()).members());
        assertTrue(catalog.file(root.id(), "wool.variants/wool-look-1.jpg").isEmpty());
    }

    @Test
    void aStackThatLosesItsPickPicksItsFirstMember() throws Exception {
        Asset a = catalog.addOriginal(root, "linen.jpg", facts("aa"));
        Asset b = catalog.addOriginal(root, "wool.jpg", facts("bb"));
        Asset c = catalog.addOriginal(root, "denim.jpg", facts("cc"));
        long sa = catalog.stackOf(a.id()).id();
        long sb = catalog.stackOf(b.id()).id();
        catalog.moveToStack(sa, List.of(c.id()));
        catalog.pick(sa, c.id());
        catalog.moveToStack(sb, List.of(c.id()));
        assertEquals(a.id(), catalog.stackOf(a.id()).pick(), "its pick moved away: the first member stands for it");
        assertEquals(b.id(), catalog.stackOf(c.id()).pick(), "the target keeps its own");
    }

    @Test
    void theLibraryFiltersByTheDayTakenOnTheCamerasClock() throws Exception {
        Asset eve = catalog.addOriginal(root, "eve.jpg", facts("aa"));
        Asset midnight = catalog.addOriginal(root, "midnight.jpg", facts("bb"));
        Asset undated = catalog.addOriginal(root, "scan.jpg", facts("cc"));
        Asset spring = catalog.addOriginal(root, "spring.jpg", facts("dd"));
        catalog.captured(eve.id(), LocalDateTime.of(2024, 5, 31, 23, 59, 59));
        catalog.captured(midnight.id(), LocalDateTime.of(2024, 6, 1, 0, 0, 0));
        catalog.captured(spring.id(), LocalDateTime.of(2023, 4, 2, 12, 0, 0));
        long se = catalog.stackOf(eve.id()).id();
        long sm = catalog.stackOf(midnight.id()).id();
        long ss = catalog.stackOf(spring.id()).id();
        assertEquals(List.of(se), catalog.stacks(days(LocalDate.of(2024, 5, 31), LocalDate.of(2024, 5, 31))), "the last second of a day is in it");
        assertEquals(List.of(sm), catalog.stacks(days(LocalDate.of(2024, 6, 1), null)), "midnight begins the next");
        assertEquals(List.of(se, sm), catalog.stacks(days(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))));
        assertEquals(List.of(se, ss), catalog.stacks(days(null, LocalDate.of(2024, 5, 31))), "an open start");
        assertEquals(4, catalog.stacks(Filter.ALL).size(), "no days set: the undated one too");
        assertFalse(catalog.stacks(days(LocalDate.of(1900, 1, 1), null)).contains(catalog.stackOf(undated.id()).id()), "an undated one is on no day");
        catalog.captured(spring.id(), LocalDateTime.of(2024, 5, 31, 8, 0, 0));
        assertEquals(List.of(se, ss), catalog.stacks(days(LocalDate.of(2024, 5, 31), LocalDate.of(2024, 5, 31))), "dated again");
        assertThrows(CatalogException.class, () -> catalog.captured(999_999L, LocalDateTime.of(2024, 1, 1, 0, 0)));
        assertThrows(CatalogException.class, () -> catalog.captured(999_999L));
    }

    @Test
    void aVariantWasTakenWhenItsOriginalWasUnlessItSaysOtherwise() throws Exception {
        Asset linen = catalog.addOriginal(root, "linen.jpg", facts("aa"));
        Asset scan = catalog.addOriginal(root, "scan.jpg", facts("bb"));
        LocalDateTime taken = LocalDateTime.of(2024, 5, 31, 23, 59, 59, 250_000_000);
        catalog.captured(linen.id(), taken);
        assertEquals(Optional.of(taken), catalog.captured(linen.id()), "read back to the millisecond, on the camera's clock");
        assertEquals(Optional.empty(), catalog.captured(scan.id()));
        long variant = catalog.jobs().adopt(linen.id(), key("aa", 1), new Rendered(root, "linen.variants/a.jpg", facts("dd"), "a.jpg", true));
        assertEquals(Optional.of(taken), catalog.captured(variant), "its original's");
        LocalDateTime own = LocalDateTime.of(2025, 1, 2, 3, 4, 5);
        catalog.captured(variant, own);
        assertEquals(Optional.of(own), catalog.captured(variant), "its own when it has one");
        long undated = catalog.jobs().adopt(scan.id(), key("bb", 1), new Rendered(root, "scan.variants/a.jpg", facts("ee"), "a.jpg", true));
        assertEquals(Optional.empty(), catalog.captured(undated));
        assertThrows(IllegalArgumentException.class, () -> days(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)));
    }

    @Test
    void theLibraryFindsTheStacksWithAVariantOfARecipe() throws Exception {
        Asset linen = catalog.addOriginal(root, "linen.jpg", facts("aa"));
        Asset wool = catalog.addOriginal(root, "wool.jpg", facts("bb"));
        catalog.addOriginal(root, "denim.jpg", facts("cc"));
        catalog.recipe("sha-editorial", "Editorial skin", 3, "{\"name\": \"Editorial skin\"}");
        catalog.recipe("sha-raw", "Raw", 3, "{\"name\": \"Raw\"}");
        catalog.recipe("sha-raw", "Raw renamed", 3, "{}");
        catalog.recipe("sha-unused", "Unused", 3, "{}");
        assertEquals(List.of(), catalog.recipeNames(), "no variant made with any yet");
        catalog.jobs().adopt(linen.id(), new VariantKey("aa", "sha-editorial", 1, "models-sha", null, "jpeg"),
                new Rendered(root, "linen.variants/a.jpg", facts("dd"), "a.jpg", true));
        catalog.jobs().adopt(wool.id(), new VariantKey("bb", "sha-raw", 1, "models-sha", null, "jpeg"),
                new Rendered(root, "wool.variants/b.jpg", facts("ee"), "b.jpg", true));
        catalog.jobs().adopt(wool.id(), new VariantKey("bb", "sha-editorial", 2, "models-sha", null, "jpeg"),
                new Rendered(root, "wool.variants/c.jpg", facts("ff"), "c.jpg", true));
        assertEquals(List.of("Editorial skin", "Raw"), catalog.recipeNames(), "the first record of a hash stays");
        long sl = catalog.stackOf(linen.id()).id();
        long sw = catalog.stackOf(wool.id()).id();
        assertEquals(List.of(sl, sw), catalog.stacks(recipe("Editorial skin")));
        assertEquals(List.of(sw), catalog.stacks(recipe("Raw")));
        assertEquals(List.of(), catalog.stacks(recipe("Unused")));
        assertEquals(3, catalog.stacks(recipe("")).size(), "no recipe set: every stack");
    }

    private static Filter recipe(String name) {
        return new Filter("", 0, Label.NONE, "", false, name, null, null);
    }

    private static Filter days(LocalDate from, LocalDate to) {
        return new Filter("", 0, Label.NONE, "", false, "", from, to);
    }

    @Test
    void theLibraryFiltersStacksAndShowsEachByItsPick() throws Exception {
        Asset a = catalog.addOriginal(root, "linen-look.jpg", facts("aa"));
        Asset b = catalog.addOriginal(root, "wool-look.jpg", facts("bb"));
        Asset c = catalog.addOriginal(root, "denim.jpg", facts("cc"));
        catalog.rate(a.id(), 4);
        catalog.rate(b.id(), 2);
        catalog.rate(c.id(), -1);
        catalog.label(b.id(), Label.GREEN);
        catalog.keywords(c.id(), Set.of("campaign"));
        long sa = catalog.stackOf(a.id()).id();
        long sb = catalog.stackOf(b.id()).id();
        long sc = catalog.stackOf(c.id()).id();
        assertEquals(List.of(sa, sb, sc), catalog.stacks(Filter.ALL));
        assertEquals(List.of(sa, sb), catalog.stacks(new Filter("look", 0, Label.NONE, "", false)));
        assertEquals(List.of(sa), catalog.stacks(new Filter("", 3, Label.NONE, "", false)));
        assertEquals(List.of(sa, sb), catalog.stacks(new Filter("", 1, Label.NONE, "", false)), "rejected is below any star");
        assertEquals(List.of(sb), catalog.stacks(new Filter("", 0, Label.GREEN, "", false)));
        assertEquals(Label.GREEN, catalog.asset(b.id()).orElseThrow().label());
        assertEquals(List.of(sc), catalog.stacks(new Filter("", 0, Label.NONE, "campaign", false)));
        assertTrue(catalog.stacks(new Filter("", 0, Label.NONE, "", true)).isEmpty(), "no asset is AI-touched yet");

        Job job = submitAndClaim(a);
        Rendered out = new Rendered(root, "linen-look.variants/v.jpg", facts("dd"), "linen-look level 1", true);
        assertTrue(catalog.jobs().complete(job, out));
        assertEquals(List.of(sa), catalog.stacks(new Filter("", 0, Label.NONE, "", true)), "a stack with an AI-touched member");
        long variant = catalog.stackOf(a.id()).members().get(1);
        catalog.pick(sa, variant);
        catalog.label(b.id(), Label.NONE);
        List<Cell> cells = catalog.cells(List.of(sc, sa, sb, 999_999L));
        assertEquals(List.of(sc, sa, sb), cells.stream().map(Cell::stackId).toList(), "in the order asked, an unknown id left out");
        Cell stacked = cells.get(1);
        assertEquals(variant, stacked.pick().id());
        assertEquals("linen-look.variants/v.jpg", stacked.file().path());
        assertEquals(FileEntry.Role.RENDER, stacked.file().role());
        assertEquals(2, stacked.members());
        assertTrue(stacked.ai());
        assertEquals(1, cells.get(0).members());
        assertFalse(cells.get(0).ai());
        assertEquals("cc", cells.get(0).file().facts().sha256());
        assertEquals(Label.NONE, cells.get(2).pick().label(), "a label taken away");
        List<Cell> members = catalog.members(sa);
        assertEquals(List.of(a.id(), variant), members.stream().map(m -> m.pick().id()).toList(), "expanded: the original, then its variant");
        assertEquals(List.of(false, true), members.stream().map(Cell::ai).toList());
        assertEquals(List.of("linen-look.jpg", "linen-look.variants/v.jpg"), members.stream().map(m -> m.file().path()).toList());
    }

    private Job submitAndClaim(Asset a) throws Exception {
        catalog.jobs().submit("b", "librarian", List.of(new JobSpec(a.id(), key("aa", 1), "{}", 3)));
        return catalog.jobs().claim("host-a:1", 1).get(0);
    }

    private List<Long> ids(String text) throws Exception {
        return catalog.search(text).stream().map(Asset::id).toList();
    }

    @Test
    void submittingTwiceAddsNothingAndAReRollAddsOne() throws Exception {
        Asset a = catalog.addOriginal(root, "a.jpg", facts("aa"));
        Asset b = catalog.addOriginal(root, "b.jpg", facts("bb"));
        List<JobSpec> specs = List.of(new JobSpec(a.id(), key("aa", 1), "{}", 3), new JobSpec(b.id(), key("bb", 1), "{}", 3));
        Submitted first = catalog.jobs().submit("editorial", "librarian", specs);
        assertEquals(2, first.added());
        Submitted again = catalog.jobs().submit("editorial again", "librarian", specs);
        assertEquals(0, again.added());
        assertEquals(2, again.existing());
        Submitted reroll = catalog.jobs().submit("re-roll", "librarian", List.of(new JobSpec(a.id(), key("aa", 2), "{}", 3)));
        assertEquals(1, reroll.added(), "another seed is another variant");
        assertEquals(Map.of(Job.State.QUEUED, 2), catalog.jobs().counts(first.batchId()));
    }

    @Test
    void aClaimedJobCompletesOnceWithItsVariantInTheSourcesStack() throws Exception {
        Asset a = catalog.addOriginal(root, "a.jpg", facts("aa"));
        long batch = catalog.jobs().submit("b", "librarian", List.of(new JobSpec(a.id(), key("aa", 1), "{\"level\":1}", 3))).batchId();
        List<Job> claimed = catalog.jobs().claim("host-a:1", 5);
        assertEquals(1, claimed.size());
        Job job = claimed.get(0);
        assertEquals(Job.State.RUNNING, job.state());
        assertEquals(1, job.attempt());
        assertEquals("{\"level\":1}", job.payload());
        assertTrue(catalog.jobs().claim("host-b:2", 5).isEmpty(), "a running job is nobody else's");
        assertTrue(catalog.jobs().heartbeat(job));
        Rendered out = new Rendered(root, "a.variants/a-" + job.idemKey().substring(0, 12) + ".jpg", facts("cc"), "a level 1", true);
        assertTrue(catalog.jobs().complete(job, out));
        assertFalse(catalog.jobs().complete(job, out), "a finished job is not finished twice");
        Stack stack = catalog.stackOf(a.id());
        assertEquals(2, stack.members().size());
        long variant = stack.members().get(1);
        Asset v = catalog.asset(variant).orElseThrow();
        assertEquals(Asset.Kind.VARIANT, v.kind());
        assertTrue(v.ai());
        assertEquals(out.path(), catalog.files(variant).get(0).path());
        assertEquals(FileEntry.Role.RENDER, catalog.files(variant).get(0).role());
        assertEquals(a.id(), stack.pick(), "the pick stays until the librarian changes it");
        catalog.pick(stack.id(), variant);
        assertEquals(variant, catalog.stackOf(a.id()).pick());
        assertEquals(List.of("submitted", "claimed", "succeeded"), catalog.journal(batch).stream().map(JournalEntry::event).toList());
        assertEquals(Map.of(Job.State.SUCCEEDED, 1), catalog.jobs().counts(batch));
    }

    @Test
    void aClaimWhoseLeaseWasLostCommitsNothing() throws Exception {
        Asset a = catalog.addOriginal(root, "a.jpg", facts("aa"));
        long batch = catalog.jobs().submit("b", "librarian", List.of(new JobSpec(a.id(), key("aa", 1), "{}", 3))).batchId();
        Job first = catalog.jobs().claim("host-a:1", 1).get(0);
        Thread.sleep(20);
        assertEquals(1, catalog.jobs().rescue(Duration.ofMillis(5)), "a claim without a heartbeat is rescued");
        Job second = catalog.jobs().claim("host-b:2", 1).get(0);
        assertEquals(first.id(), second.id());
        assertEquals(first.lease() + 1, second.lease());
        assertEquals(2, second.attempt());
        Rendered out = new Rendered(root, "a.variants/a.jpg", facts("cc"), "a", true);
        assertFalse(catalog.jobs().heartbeat(first), "the first worker learns it lost the job");
        assertFalse(catalog.jobs().complete(first, out), "and cannot commit it");
        assertEquals(1, catalog.stackOf(a.id()).members().size(), "nothing was recorded");
        assertTrue(catalog.jobs().complete(second, out));
        assertEquals(2, catalog.stackOf(a.id()).members().size());
        assertEquals(List.of("submitted", "claimed", "requeued", "claimed", "succeeded"),
                catalog.journal(batch).stream().map(JournalEntry::event).toList());
    }

    @Test
    void aFailingJobIsRetriedUntilItsLastAttempt() throws Exception {
        Asset a = catalog.addOriginal(root, "a.jpg", facts("aa"));
        long batch = catalog.jobs().submit("b", "librarian", List.of(new JobSpec(a.id(), key("aa", 1), "{}", 2))).batchId();
        assertTrue(catalog.jobs().fail(catalog.jobs().claim("w:1", 1).get(0), "the disk is full"));
        assertEquals(Map.of(Job.State.QUEUED, 1), catalog.jobs().counts(batch));
        Job again = catalog.jobs().claim("w:1", 1).get(0);
        assertTrue(catalog.jobs().fail(again, "the disk is still full"));
        assertEquals(Map.of(Job.State.FAILED, 1), catalog.jobs().counts(batch));
        assertEquals("the disk is still full", catalog.jobs().jobs(batch).get(0).error());
        assertTrue(catalog.jobs().claim("w:1", 1).isEmpty());

        assertEquals(1, catalog.jobs().retry(batch), "the librarian retries the failed job");
        Job retried = catalog.jobs().claim("w:1", 1).get(0);
        assertEquals(1, retried.attempt(), "with its attempts anew");
        assertTrue(catalog.jobs().complete(retried, new Rendered(root, "a.variants/a.jpg", facts("cc"), "a", true)));
        assertEquals(2, catalog.stackOf(a.id()).members().size());
        assertEquals(0, catalog.jobs().retry(batch), "nothing failed is left");
    }

    @Test
    void aJobRedoneForItsLostFileGivesTheSameVariantItsNewFile() throws Exception {
        Asset a = catalog.addOriginal(root, "a.jpg", facts("aa"));
        long batch = catalog.jobs().submit("b", "librarian", List.of(new JobSpec(a.id(), key("aa", 1), "{}", 3))).batchId();
        Job first = catalog.jobs().claim("w:1", 1).get(0);
        assertEquals(Optional.empty(), catalog.jobs().variant(first.idemKey()), "not made yet");
        assertTrue(catalog.jobs().complete(first, new Rendered(root, "a.variants/a.jpg", facts("cc"), "a", true)));
        long variant = catalog.jobs().variant(first.idemKey()).orElseThrow();
        Stack stack = catalog.stackOf(a.id());
        catalog.pick(stack.id(), variant);
        catalog.rate(variant, 4);
        assertEquals(List.of(first.id()), catalog.jobs().jobs(Job.State.SUCCEEDED).stream().map(Job::id).toList());

        assertTrue(catalog.jobs().redo(first.id(), "w:2", "its file a.variants/a.jpg is missing"));
        assertFalse(catalog.jobs().redo(first.id(), "w:3", "the same"), "queued once");
        assertEquals(List.of(), catalog.jobs().jobs(Job.State.SUCCEEDED));
        assertEquals(Optional.empty(), catalog.jobs().variant(first.idemKey()), "planned again");
        Job again = catalog.jobs().claim("w:2", 1).get(0);
        assertEquals(1, again.attempt(), "with its attempts anew");
        catalog.jobs().note(again, "w:2", "swept", "1 temporary file");
        assertTrue(catalog.jobs().complete(again, new Rendered(root, "a.variants/a.jpg", facts("dd"), "a", true)));
        assertEquals(Optional.of(variant), catalog.jobs().variant(first.idemKey()), "the same asset");
        assertEquals(List.of("dd"), catalog.files(variant).stream().map(f -> f.facts().sha256()).toList(), "with its new file only");
        assertEquals(List.of(a.id(), variant), catalog.stackOf(a.id()).members(), "in its place");
        assertEquals(variant, catalog.stackOf(a.id()).pick(), "still the pick");
        assertEquals(4, catalog.asset(variant).orElseThrow().rating());
        assertEquals(List.of("submitted", "claimed", "succeeded", "requeued", "claimed", "swept", "succeeded"),
                catalog.journal(batch).stream().map(JournalEntry::event).toList());
    }

    @Test
    void manyWorkersNeverShareAJobAndLoseNone() throws Exception {
        int sources = 20;
        int seeds = 20;
        List<JobSpec> specs = new ArrayList<>();
        List<Long> originals = new ArrayList<>();
        for (int s = 0; s < sources; s++) {
            Asset a = catalog.addOriginal(root, "o" + s + ".jpg", facts("src" + s));
            originals.add(a.id());
            for (int k = 0; k < seeds; k++) {
                specs.add(new JobSpec(a.id(), key("src" + s, k), "{}", 3));
            }
        }
        long batch = catalog.jobs().submit("many", "librarian", specs).batchId();
        int workers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<Integer>> done = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            String name = "host-" + w + ":" + (100 + w);
            Catalog mine = worker();
            done.add(pool.submit(() -> work(mine, name)));
        }
        int total = 0;
        for (Future<Integer> f : done) {
            total += f.get();
        }
        pool.shutdown();
        assertEquals(specs.size(), total, "every job done by exactly one worker");
        assertEquals(Map.of(Job.State.SUCCEEDED, specs.size()), catalog.jobs().counts(batch));
        Set<Long> completed = new HashSet<>();
        for (JournalEntry e : catalog.journal(batch)) {
            if (e.event().equals("succeeded")) {
                assertTrue(completed.add(e.jobId()), "job " + e.jobId() + " succeeded twice");
            }
        }
        assertEquals(specs.size(), completed.size());
        for (long o : originals) {
            assertEquals(seeds + 1, catalog.stackOf(o).members().size(), "each source's stack holds its variants once");
        }
    }

    /** Claims and completes until the queue is empty; closes its catalog when it is its own. @return jobs completed */
    private int work(Catalog mine, String name) throws Exception {
        int completed = 0;
        for (List<Job> claimed = mine.jobs().claim(name, 5); !claimed.isEmpty(); claimed = mine.jobs().claim(name, 5)) {
            for (Job j : claimed) {
                Rendered out = new Rendered(root, "v/" + j.idemKey() + ".jpg", facts(j.idemKey()), "variant " + j.id(), true);
                completed += mine.jobs().complete(j, out) ? 1 : 0;
            }
        }
        if (mine != catalog) {
            mine.close();
        }
        return completed;
    }
}
