//! The committed IDL (sdk/idl/compute_tokens.json) must describe exactly what this crate implements.

use crate::{
    error::ComputeTokensError,
    events,
    instructions::*,
    state::{Bond, Config, Holder, NftPool, Pool},
};
use common::{admin, checks::AccountState, idl_test};

const ADDRESS: &str = "CXYaUtbrZ7rBvEEip7k7sbnEoTbBLFY1UGFBVstfhcph";

#[test]
fn idl_matches_program() {
    assert_eq!(crate::ID, pinocchio::Address::from_str_const(ADDRESS));
    idl_test::check(
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../sdk/idl/compute_tokens.json"),
        &idl_test::ProgramSpec {
            address: ADDRESS,
            instructions: &[
                ("initialize", initialize::DISCRIMINATOR, initialize::ARGS_LEN),
                ("tokenize_device", tokenize_device::DISCRIMINATOR, tokenize_device::ARGS_LEN),
                ("execute", execute::DISCRIMINATOR, execute::ARGS_LEN),
                ("sync_revenue", sync_revenue::DISCRIMINATOR, sync_revenue::ARGS_LEN),
                ("open_holder", open_holder::DISCRIMINATOR, open_holder::ARGS_LEN),
                ("claim", claim::DISCRIMINATOR, claim::ARGS_LEN),
                ("claim_operator", claim_operator::DISCRIMINATOR, claim_operator::ARGS_LEN),
                ("poke_holder", poke_holder::DISCRIMINATOR, poke_holder::ARGS_LEN),
                ("list_shares", list_shares::DISCRIMINATOR, list_shares::ARGS_LEN),
                ("buy_shares", buy_shares::DISCRIMINATOR, buy_shares::ARGS_LEN),
                ("delist", delist::DISCRIMINATOR, delist::ARGS_LEN),
                ("end_term", end_term::DISCRIMINATOR, end_term::ARGS_LEN),
                ("propose_admin", admin::PROPOSE_ADMIN, admin::PROPOSE_ADMIN_ARGS_LEN),
                ("accept_admin", admin::ACCEPT_ADMIN, 0),
                ("pause", admin::PAUSE, 0),
                ("unpause", admin::UNPAUSE, 0),
                ("issue_bond", issue_bond::DISCRIMINATOR, issue_bond::ARGS_LEN),
                ("subscribe", subscribe::DISCRIMINATOR, subscribe::ARGS_LEN),
                ("close_subscription", close_subscription::DISCRIMINATOR, close_subscription::ARGS_LEN),
                ("refund", refund::DISCRIMINATOR, refund::ARGS_LEN),
                ("declare_default", declare_default::DISCRIMINATOR, declare_default::ARGS_LEN),
                ("cure", cure::DISCRIMINATOR, cure::ARGS_LEN),
                ("repay_principal", repay_principal::DISCRIMINATOR, repay_principal::ARGS_LEN),
                ("redeem", redeem::DISCRIMINATOR, redeem::ARGS_LEN),
                ("close_bond", close_bond::DISCRIMINATOR, close_bond::ARGS_LEN),
                ("create_nft_collection", create_nft_collection::DISCRIMINATOR, create_nft_collection::ARGS_LEN),
                ("tokenize_nft", tokenize_nft::DISCRIMINATOR, tokenize_nft::ARGS_LEN),
                ("claim_nft", claim_nft::DISCRIMINATOR, claim_nft::ARGS_LEN),
            ],
            accounts: &[
                ("Config", Config::DISCRIMINATOR, Config::LEN, Config::FIELD_NAMES),
                ("Pool", Pool::DISCRIMINATOR, Pool::LEN, Pool::FIELD_NAMES),
                ("Holder", Holder::DISCRIMINATOR, Holder::LEN, Holder::FIELD_NAMES),
                ("Bond", Bond::DISCRIMINATOR, Bond::LEN, Bond::FIELD_NAMES),
                ("NftPool", NftPool::DISCRIMINATOR, NftPool::LEN, NftPool::FIELD_NAMES),
            ],
            errors: ComputeTokensError::ALL,
            events: &[
                ("DeviceTokenized", events::DEVICE_TOKENIZED),
                ("RevenueSynced", events::REVENUE_SYNCED),
                ("HolderOpened", events::HOLDER_OPENED),
                ("RevenueClaimed", events::REVENUE_CLAIMED),
                ("SharesListed", events::SHARES_LISTED),
                ("SharesBought", events::SHARES_BOUGHT),
                ("SharesDelisted", events::SHARES_DELISTED),
                ("TermEnded", events::TERM_ENDED),
                ("OperatorClaimed", events::OPERATOR_CLAIMED),
                ("HolderPoked", events::HOLDER_POKED),
                ("AdminChanged", admin::ADMIN_CHANGED),
                ("PauseChanged", admin::PAUSE_CHANGED),
                ("BondIssued", events::BOND_ISSUED),
                ("BondSubscribed", events::BOND_SUBSCRIBED),
                ("SubscriptionClosed", events::SUBSCRIPTION_CLOSED),
                ("BondRefunded", events::BOND_REFUNDED),
                ("BondSynced", events::BOND_SYNCED),
                ("BondDefaulted", events::BOND_DEFAULTED),
                ("BondCured", events::BOND_CURED),
                ("PrincipalRepaid", events::PRINCIPAL_REPAID),
                ("BondRedeemed", events::BOND_REDEEMED),
                ("BondClosed", events::BOND_CLOSED),
                ("NftCollectionCreated", events::NFT_COLLECTION_CREATED),
                ("NftTokenized", events::NFT_TOKENIZED),
            ],
        },
    );
}
