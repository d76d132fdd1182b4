//! Checks and token movements that several instructions share, each written once.

use crate::{
    error::EscrowError,
    events,
    state::{Device, Market, PaymentMint, Rental, RENTAL_SEED},
};
use common::{
    checks::{load, load_mut, require_address, require_program, require_signer, require_writable},
    error::AnchorError,
    token::{
        burn_checked, close_pda_account, close_token_account, memo, mint_decimals, requires_incoming_memo,
        token_account, token_account_owned_by, transfer_checked,
    },
};
use pinocchio::{
    cpi::Seed,
    error::ProgramError,
    sysvars::{clock::Clock, Sysvar},
    AccountView, Address, ProgramResult,
};

pub fn now() -> Result<i64, ProgramError> {
    Ok(Clock::get()?.unix_timestamp)
}

/// The market. Only `initialize` creates a program account with the Market discriminator, at the PDA
/// ["market"], so owner + discriminator identify it.
pub fn load_market(market: &AccountView) -> Result<&Market, ProgramError> {
    load::<Market>(market, &crate::ID)
}

/// The market, refusing with `Paused` while the admin has paused it.
pub fn load_active_market(market: &AccountView) -> Result<&Market, ProgramError> {
    let state = load_market(market)?;
    require_unpaused(state)?;
    Ok(state)
}

fn require_unpaused(market: &Market) -> Result<(), EscrowError> {
    if market.paused() {
        return Err(EscrowError::Paused);
    }
    Ok(())
}

/// The market, writable: for the instructions that take fees (the total of IO fees burned is the market's).
pub fn load_market_mut(market: &mut AccountView) -> Result<&mut Market, ProgramError> {
    load_mut::<Market>(market, &crate::ID)
}

/// The market, writable, refusing with `Paused` while the admin has paused it.
pub fn load_active_market_mut(market: &mut AccountView) -> Result<&mut Market, ProgramError> {
    let state = load_market_mut(market)?;
    require_unpaused(state)?;
    Ok(state)
}

/// A device, writable. Devices are created only by `register_device`, at their PDA, so owner +
/// discriminator identify one; the keys inside (operator, payout, mint) can be trusted.
pub fn load_device(device: &mut AccountView) -> Result<&mut Device, ProgramError> {
    load_mut::<Device>(device, &crate::ID)
}

/// A device whose operator signs this instruction.
pub fn load_operated_device<'a>(
    device: &'a mut AccountView,
    operator: &AccountView,
) -> Result<&'a mut Device, ProgramError> {
    require_signer(operator)?;
    let state = load_device(device)?;
    if &state.operator() != operator.address() {
        return Err(EscrowError::NotOperator.into());
    }
    Ok(state)
}

/// A rental of `device`, writable. Rentals are created only by `create_rental` at the PDA
/// ["rental", device, nonce], so the device stored inside proves which device it books.
pub fn load_rental<'a>(rental: &'a mut AccountView, device: &AccountView) -> Result<&'a mut Rental, ProgramError> {
    let state = load_mut::<Rental>(rental, &crate::ID)?;
    if &state.device() != device.address() {
        return Err(AnchorError::ConstraintHasOne.into());
    }
    Ok(state)
}

/// The payment mint of a device or rental with its token program, checked against the market, and the
/// market's terms for it.
pub struct Payment<'a> {
    pub mint: &'a AccountView,
    pub token_program: &'a AccountView,
    decimals: u8,
    /// Fees paid in IO are burned rather than sent to the treasury.
    burns_fees: bool,
    /// The market's fees for this mint now (a rental keeps those it was booked with).
    pub renter_fee_bps: u16,
    pub supplier_fee_bps: u16,
}

impl<'a> Payment<'a> {
    /// Checks `mint` is `expected` (IOSD, IO or USDC), `token_program` is its program and `treasury` is the
    /// market's treasury for it (written).
    #[inline(always)] // with the returned Result, more than five register arguments
    pub fn checked(
        market: &Market,
        expected: &Address,
        mint: &'a AccountView,
        token_program: &'a AccountView,
        treasury: &AccountView,
    ) -> Result<Self, ProgramError> {
        require_address(mint, expected)?;
        let terms = market.payment_terms(mint.address())?;
        require_program(token_program, &terms.token_program)?;
        require_address(treasury, &terms.treasury)?;
        require_writable(treasury)?;
        Ok(Self {
            mint,
            token_program,
            decimals: mint_decimals(mint, &terms.token_program)?,
            burns_fees: terms.kind == PaymentMint::Io,
            renter_fee_bps: terms.renter_fee_bps,
            supplier_fee_bps: terms.supplier_fee_bps,
        })
    }

    /// Takes the renter's `fee` from `source`, signed by `renter`: burned when paid in IO (the supply falls, and the
    /// market's total of IO fees burned grows), to `treasury` otherwise.
    #[inline(always)] // more than five register arguments
    pub fn collect_fee(
        &self,
        market: &mut Market,
        source: &AccountView,
        renter: &AccountView,
        treasury: &AccountView,
        fee: u64,
    ) -> ProgramResult {
        if fee == 0 {
            return Ok(());
        }
        if !self.burns_fees {
            return self.collect(source, renter, treasury, fee);
        }
        burn_checked(source, self.mint, renter, fee, self.decimals, self.token_program.address(), &[])?;
        Ok(market.record_io_fees_burned(fee)?)
    }

    /// Moves `amount` from the renter's `source` (checked to hold it) to `to`, signed by `renter`.
    #[inline(always)] // with the returned Result, more than five register arguments
    pub fn collect(&self, source: &AccountView, renter: &AccountView, to: &AccountView, amount: u64) -> ProgramResult {
        if amount == 0 {
            return Ok(());
        }
        transfer_checked(source, self.mint, to, renter, amount, self.decimals, self.token_program.address(), &[])
    }

    /// The renter's token account of this mint, signed for by `renter`, holding at least `amount`.
    pub fn require_renter_funds(&self, source: &AccountView, renter: &AccountView, amount: u64) -> ProgramResult {
        require_writable(source)?;
        let token =
            token_account_owned_by(source, self.mint.address(), renter.address(), self.token_program.address())?;
        if token.amount() < amount {
            return Err(EscrowError::InsufficientBalance.into());
        }
        Ok(())
    }

    /// A token account of this mint owned by `owner`, receiving a refund.
    pub fn require_account_of(&self, account: &AccountView, owner: &Address) -> ProgramResult {
        require_writable(account)?;
        token_account_owned_by(account, self.mint.address(), owner, self.token_program.address())?;
        Ok(())
    }
}

/// The accounts a payment out of a rental's escrow goes through.
pub struct EscrowAccounts<'a> {
    pub escrow: &'a AccountView,
    /// Where the device's earnings go (`Device::earnings_account`).
    pub payout: &'a AccountView,
    /// The market's treasury for the payment mint.
    pub treasury: &'a AccountView,
    pub mint: &'a AccountView,
    pub token_program: &'a AccountView,
    /// The memo program, passed after the instruction's accounts: needed only when the payout requires memos.
    pub memo_program: Option<&'a AccountView>,
}

/// A rental's escrow: moves tokens out of it signed by the rental PDA (the escrow's owner).
pub struct Escrow<'a> {
    pub payment: Payment<'a>,
    /// The rental account (a copy of the view: the state is borrowed from it separately).
    rental: AccountView,
    escrow: &'a AccountView,
    payout: &'a AccountView,
    treasury: &'a AccountView,
    memo_program: Option<&'a AccountView>,
    device: Address,
    nonce: [u8; 8],
    bump: [u8; 1],
}

impl<'a> Escrow<'a> {
    /// Loads `rental` (writable, a rental of `device`) and checks the accounts paying out of it: the escrow is
    /// the rental's, the payout the device's, and the mint, token program and treasury as `Payment::checked`.
    #[inline(always)] // more than five register arguments
    pub fn load<'r>(
        market: &Market,
        device_state: &Device,
        device: &AccountView,
        rental: &'r mut AccountView,
        accounts: EscrowAccounts<'a>,
    ) -> Result<(&'r mut Rental, Self), ProgramError> {
        let rental_view = *rental;
        let state = load_rental(rental, device)?;
        let EscrowAccounts { escrow, payout, treasury, mint, token_program, memo_program } = accounts;
        require_address(escrow, &state.escrow())?;
        require_writable(escrow)?;
        require_address(payout, &device_state.earnings_account())?;
        require_writable(payout)?;
        let escrow = Self {
            payment: Payment::checked(market, &state.payment_mint(), mint, token_program, treasury)?,
            rental: rental_view,
            escrow,
            payout,
            treasury,
            memo_program,
            device: state.device(),
            nonce: state.nonce().to_le_bytes(),
            bump: [state.bump()],
        };
        Ok((state, escrow))
    }

    pub fn rental_address(&self) -> &Address {
        self.rental.address()
    }

    /// Transfers `amount` out of the escrow to `to`.
    pub fn pay(&self, to: &AccountView, amount: u64) -> ProgramResult {
        if amount == 0 {
            return Ok(());
        }
        let seeds = self.signer_seeds();
        let Payment { mint, token_program, decimals, .. } = &self.payment;
        transfer_checked(self.escrow, mint, to, &self.rental, amount, *decimals, token_program.address(), &seeds)
    }

    /// Burns `amount` out of the escrow (a fee paid in IO), adding it to the market's total.
    fn burn(&self, market: &mut Market, amount: u64) -> ProgramResult {
        let seeds = self.signer_seeds();
        let Payment { mint, token_program, decimals, .. } = &self.payment;
        burn_checked(self.escrow, mint, &self.rental, amount, *decimals, token_program.address(), &seeds)?;
        Ok(market.record_io_fees_burned(amount)?)
    }

    /// Releases `gross` of the escrow toward the operator: the supplier fee (on the cumulative release, see
    /// `stream::operator_payment`) to the treasury, or burned when paid in IO, and the rest to the payout account.
    /// Returns `(to_operator, fee)`.
    pub fn release_to_operator(
        &self,
        market: &mut Market,
        rental: &mut Rental,
        gross: u64,
    ) -> Result<(u64, u64), ProgramError> {
        let (to_operator, fee) = crate::stream::operator_payment(rental.released(), gross, rental.supplier_fee_bps());
        rental.set_released(rental.released() + gross); // gross <= remaining, so released stays <= deposited
                                                        // An operator may make its (Token-2022) payout require memos; the payment then carries one, so that no
                                                        // setting of the operator's can stop a renter's cancel, a completion or a dispute's split.
        if to_operator > 0 && requires_incoming_memo(self.payout) {
            memo(self.memo_program.ok_or(EscrowError::MemoProgramMissing)?, b"io rental payout")?;
        }
        self.pay(self.payout, to_operator)?;
        if self.payment.burns_fees && fee > 0 {
            self.burn(market, fee)?;
        } else {
            self.pay(self.treasury, fee)?;
        }
        Ok((to_operator, fee))
    }

    /// Closes the escrow and the rental, returning both accounts' rent to `renter`, who paid it. Called once the
    /// books say nothing remains; anything still in the escrow was sent to it from outside (anyone can send
    /// tokens to a token account) and goes to the treasury first, so no donation can keep the escrow open.
    pub fn close(&self, renter: &AccountView) -> ProgramResult {
        let program = self.payment.token_program.address();
        let surplus = token_account(self.escrow, program)?.amount();
        if surplus > 0 {
            self.pay(self.treasury, surplus)?;
            events::escrow_surplus_swept(self.rental.address(), surplus);
        }
        let seeds = self.signer_seeds();
        close_token_account(self.escrow, renter, &self.rental, program, &seeds)?;
        close_pda_account(&self.rental, renter)
    }

    fn signer_seeds(&self) -> [Seed<'_>; 4] {
        [Seed::from(RENTAL_SEED), Seed::from(self.device.as_ref()), Seed::from(&self.nonce), Seed::from(&self.bump)]
    }
}
