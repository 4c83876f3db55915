package dev.quire.web;

import dev.quire.account.Accounts;
import dev.quire.account.ApiTokens;
import dev.quire.collection.Collections;
import dev.quire.comment.Comments;
import dev.quire.digest.Digests;
import dev.quire.harvest.DailySubmission;
import dev.quire.mail.PublicLinks;
import dev.quire.mydata.AccountData;
import dev.quire.paper.DailyList;
import dev.quire.paper.PaperRepository;
import dev.quire.paper.PaperStore;
import dev.quire.search.PaperSearch;
import dev.quire.vote.Votes;

/**
 * The services the web server calls, wired by the composition root.
 *
 * @param papers papers, organisations and daily entries
 * @param accounts users, sessions, verification and reset
 * @param apiTokens API tokens for {@code Authorization: Bearer}
 * @param votes upvotes of this site's users
 * @param comments the discussion under papers
 * @param collections named lists of papers kept by users
 * @param submission featuring papers on today's list
 * @param search keyword and semantic search, related papers
 * @param digests email subscriptions and digests
 * @param accountData a reader's data export and account deletion
 * @param links the base URL of links in mail, told the port when the server starts
 * @param dailyList the daily, weekly and monthly lists: featured papers, then announced ones
 * @param forYou For you, follows, the inbox, onboarding and private feeds
 * @param paperStore the write path of papers, for the organisation admin
 */
public record WebServices(
    PaperRepository papers,
    Accounts accounts,
    ApiTokens apiTokens,
    Votes votes,
    Comments comments,
    Collections collections,
    DailySubmission submission,
    PaperSearch search,
    Digests digests,
    PublicLinks links,
    DailyList dailyList,
    dev.quire.foryou.ForYouServices forYou,
    AccountData accountData,
    PaperStore paperStore) {}
