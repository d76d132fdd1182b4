// Generated from sdk/idl/compute_tokens.json by scripts/gen-idl-types.js: do not edit.
export type ComputeTokens = {
  "address": "CXYaUtbrZ7rBvEEip7k7sbnEoTbBLFY1UGFBVstfhcph",
  "metadata": {
    "name": "computeTokens",
    "version": "0.1.0",
    "spec": "0.1.0",
    "description": "A GPU's revenue as Token-2022 shares: 90% to holders, 10% to the operating node"
  },
  "instructions": [
    {
      "name": "initialize",
      "discriminator": [175, 175, 109, 31, 13, 152, 155, 237],
      "accounts": [
        {
          "name": "admin",
          "writable": true,
          "signer": true
        },
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [99, 111, 110, 102, 105, 103]
              }
            ]
          }
        },
        {
          "name": "iosdMint"
        },
        {
          "name": "market"
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        },
        {
          "name": "program",
          "address": "CXYaUtbrZ7rBvEEip7k7sbnEoTbBLFY1UGFBVstfhcph"
        },
        {
          "name": "programData",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [171, 67, 175, 90, 208, 169, 110, 167, 30, 107, 200, 180, 88, 120, 44, 217, 26, 149, 226, 99, 77, 247, 81, 59, 155, 180, 236, 213, 164, 12, 148, 186]
              }
            ],
            "program": {
              "kind": "const",
              "value": [2, 168, 246, 145, 78, 136, 161, 176, 226, 16, 21, 62, 247, 99, 174, 43, 0, 194, 185, 61, 22, 193, 36, 210, 192, 83, 122, 16, 4, 128, 0, 0]
            }
          }
        }
      ],
      "args": [
        {
          "name": "operatorBps",
          "type": "u16"
        }
      ]
    },
    {
      "name": "tokenizeDevice",
      "docs": [
        "Operator: turns a device's revenue for `term` seconds into `shares` Token-2022 shares (metadata and transfer hook in the mint), locks the device's earnings into the pool's IOSD vault until the term's end, mints every share to the operator and removes the mint authority. Holders' revenue streams over `distribution_period` seconds (one day to one year)."
      ],
      "discriminator": [28, 93, 153, 231, 128, 4, 14, 232],
      "accounts": [
        {
          "name": "operator",
          "writable": true,
          "signer": true
        },
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [99, 111, 110, 102, 105, 103]
              }
            ]
          }
        },
        {
          "name": "market"
        },
        {
          "name": "device",
          "writable": true
        },
        {
          "name": "mint",
          "writable": true
        },
        {
          "name": "pool",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [112, 111, 111, 108]
              },
              {
                "kind": "account",
                "path": "mint"
              }
            ]
          }
        },
        {
          "name": "extraAccountMetas",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [101, 120, 116, 114, 97, 45, 97, 99, 99, 111, 117, 110, 116, 45, 109, 101, 116, 97, 115]
              },
              {
                "kind": "account",
                "path": "mint"
              }
            ]
          }
        },
        {
          "name": "vault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [118, 97, 117, 108, 116]
              },
              {
                "kind": "account",
                "path": "pool"
              }
            ]
          }
        },
        {
          "name": "iosdMint"
        },
        {
          "name": "operatorShares",
          "writable": true
        },
        {
          "name": "operatorHolder",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [104, 111, 108, 100, 101, 114]
              },
              {
                "kind": "account",
                "path": "pool"
              },
              {
                "kind": "account",
                "path": "operatorShares"
              }
            ]
          }
        },
        {
          "name": "token2022Program",
          "address": "TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb"
        },
        {
          "name": "iosdTokenProgram"
        },
        {
          "name": "associatedTokenProgram",
          "address": "ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL"
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        },
        {
          "name": "rentalEscrowProgram",
          "address": "BZHB37etpvaov78vmJKDpD8ND6r8kxJJ7w6VqGMTZRQS"
        }
      ],
      "args": [
        {
          "name": "shares",
          "type": "u64"
        },
        {
          "name": "term",
          "type": "i64"
        },
        {
          "name": "distributionPeriod",
          "type": "i64"
        },
        {
          "name": "name",
          "type": "string"
        },
        {
          "name": "symbol",
          "type": "string"
        },
        {
          "name": "uri",
          "type": "string"
        }
      ]
    },
    {
      "name": "execute",
      "docs": [
        "Transfer hook (spl-transfer-hook-interface `execute`), called by Token-2022 on every share transfer: settles the source's and the destination's checkpoints."
      ],
      "discriminator": [105, 37, 101, 197, 75, 251, 102, 26],
      "accounts": [
        {
          "name": "source"
        },
        {
          "name": "mint"
        },
        {
          "name": "destination"
        },
        {
          "name": "authority"
        },
        {
          "name": "extraAccountMetas",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [101, 120, 116, 114, 97, 45, 97, 99, 99, 111, 117, 110, 116, 45, 109, 101, 116, 97, 115]
              },
              {
                "kind": "account",
                "path": "mint"
              }
            ]
          }
        },
        {
          "name": "pool",
          "writable": true
        },
        {
          "name": "sourceHolder",
          "writable": true
        },
        {
          "name": "destinationHolder",
          "writable": true
        }
      ],
      "args": [
        {
          "name": "amount",
          "type": "u64"
        }
      ]
    },
    {
      "name": "syncRevenue",
      "docs": [
        "Anyone: accounts for new vault inflow: the operator's cut (10%) is owed to the operator, the holders' part streams into the accumulator over the distribution period. The split does not depend on when the sync runs."
      ],
      "discriminator": [145, 69, 225, 4, 244, 99, 4, 151],
      "accounts": [
        {
          "name": "pool",
          "writable": true
        },
        {
          "name": "vault"
        },
        {
          "name": "iosdMint"
        },
        {
          "name": "iosdTokenProgram"
        }
      ],
      "args": []
    },
    {
      "name": "openHolder",
      "docs": [
        "Share account owner: starts the account's revenue checkpoint; its shares accrue from now on."
      ],
      "discriminator": [138, 210, 211, 159, 140, 172, 28, 65],
      "accounts": [
        {
          "name": "payer",
          "writable": true,
          "signer": true
        },
        {
          "name": "owner",
          "signer": true
        },
        {
          "name": "pool",
          "writable": true
        },
        {
          "name": "tokenAccount"
        },
        {
          "name": "holder",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [104, 111, 108, 100, 101, 114]
              },
              {
                "kind": "account",
                "path": "pool"
              },
              {
                "kind": "account",
                "path": "tokenAccount"
              }
            ]
          }
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        }
      ],
      "args": []
    },
    {
      "name": "claim",
      "docs": [
        "Share account owner (the operator for the sale account): collects the account's accrued revenue in IOSD."
      ],
      "discriminator": [62, 198, 214, 193, 213, 159, 108, 210],
      "accounts": [
        {
          "name": "owner",
          "signer": true
        },
        {
          "name": "pool",
          "writable": true
        },
        {
          "name": "holder",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [104, 111, 108, 100, 101, 114]
              },
              {
                "kind": "account",
                "path": "pool"
              },
              {
                "kind": "account",
                "path": "tokenAccount"
              }
            ]
          }
        },
        {
          "name": "tokenAccount"
        },
        {
          "name": "vault",
          "writable": true
        },
        {
          "name": "destination",
          "writable": true
        },
        {
          "name": "iosdMint"
        },
        {
          "name": "iosdTokenProgram"
        }
      ],
      "args": []
    },
    {
      "name": "claimOperator",
      "docs": [
        "Operator: pulls the operating node's accrued cut, in IOSD from the vault, into any IOSD account."
      ],
      "discriminator": [154, 253, 60, 81, 100, 129, 228, 196],
      "accounts": [
        {
          "name": "operator",
          "signer": true
        },
        {
          "name": "pool",
          "writable": true
        },
        {
          "name": "vault",
          "writable": true
        },
        {
          "name": "destination",
          "writable": true
        },
        {
          "name": "iosdMint"
        },
        {
          "name": "iosdTokenProgram"
        }
      ],
      "args": []
    },
    {
      "name": "pokeHolder",
      "docs": [
        "Anyone: re-bases a checkpoint on min(its basis, the account's balance), so shares burned without a transfer stop earning."
      ],
      "discriminator": [35, 26, 134, 159, 75, 63, 144, 207],
      "accounts": [
        {
          "name": "pool",
          "writable": true
        },
        {
          "name": "holder",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [104, 111, 108, 100, 101, 114]
              },
              {
                "kind": "account",
                "path": "pool"
              },
              {
                "kind": "account",
                "path": "tokenAccount"
              }
            ]
          }
        },
        {
          "name": "tokenAccount"
        }
      ],
      "args": []
    },
    {
      "name": "listShares",
      "docs": [
        "Operator, before the term's end: opens or reprices the primary sale in IO or IOSD; listed shares wait in the pool's sale account."
      ],
      "discriminator": [156, 51, 24, 84, 242, 112, 152, 53],
      "accounts": [
        {
          "name": "operator",
          "writable": true,
          "signer": true
        },
        {
          "name": "config",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [99, 111, 110, 102, 105, 103]
              }
            ]
          }
        },
        {
          "name": "market"
        },
        {
          "name": "pool",
          "writable": true
        },
        {
          "name": "paymentMint"
        },
        {
          "name": "mint"
        },
        {
          "name": "saleAccount",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [115, 97, 108, 101]
              },
              {
                "kind": "account",
                "path": "pool"
              }
            ]
          }
        },
        {
          "name": "saleHolder",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [104, 111, 108, 100, 101, 114]
              },
              {
                "kind": "account",
                "path": "pool"
              },
              {
                "kind": "account",
                "path": "saleAccount"
              }
            ]
          }
        },
        {
          "name": "token2022Program",
          "address": "TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb"
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        }
      ],
      "args": [
        {
          "name": "pricePerShare",
          "type": "u64"
        }
      ]
    },
    {
      "name": "buyShares",
      "docs": [
        "Buyer, before the term's end: pays the operator and is approved to take the shares from the sale account by the Token-2022 transfer (to another account) that must be the next instruction."
      ],
      "discriminator": [40, 239, 138, 154, 8, 37, 106, 108],
      "accounts": [
        {
          "name": "buyer",
          "signer": true
        },
        {
          "name": "config",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [99, 111, 110, 102, 105, 103]
              }
            ]
          }
        },
        {
          "name": "pool",
          "writable": true
        },
        {
          "name": "saleAccount",
          "writable": true
        },
        {
          "name": "mint"
        },
        {
          "name": "paymentSource",
          "writable": true
        },
        {
          "name": "operatorPayment",
          "writable": true
        },
        {
          "name": "paymentMint"
        },
        {
          "name": "paymentTokenProgram"
        },
        {
          "name": "token2022Program",
          "address": "TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb"
        },
        {
          "name": "instructions",
          "address": "Sysvar1nstructions1111111111111111111111111"
        }
      ],
      "args": [
        {
          "name": "shares",
          "type": "u64"
        },
        {
          "name": "maxPricePerShare",
          "type": "u64"
        }
      ]
    },
    {
      "name": "delist",
      "docs": [
        "Operator: closes the primary sale and is approved to take the unsold shares back by the Token-2022 transfer that must be the next instruction."
      ],
      "discriminator": [55, 136, 205, 107, 107, 173, 4, 31],
      "accounts": [
        {
          "name": "operator",
          "signer": true
        },
        {
          "name": "pool",
          "writable": true
        },
        {
          "name": "saleAccount",
          "writable": true
        },
        {
          "name": "mint"
        },
        {
          "name": "token2022Program",
          "address": "TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb"
        },
        {
          "name": "instructions",
          "address": "Sysvar1nstructions1111111111111111111111111"
        }
      ],
      "args": []
    },
    {
      "name": "endTerm",
      "docs": [
        "Anyone, after the term, once the device has no open rental and the vault is synced: releases the device's payout lock in rental_escrow."
      ],
      "discriminator": [38, 105, 204, 40, 162, 204, 207, 240],
      "accounts": [
        {
          "name": "pool",
          "writable": true
        },
        {
          "name": "device",
          "writable": true
        },
        {
          "name": "vault"
        },
        {
          "name": "iosdTokenProgram"
        },
        {
          "name": "rentalEscrowProgram",
          "address": "BZHB37etpvaov78vmJKDpD8ND6r8kxJJ7w6VqGMTZRQS"
        }
      ],
      "args": []
    },
    {
      "name": "proposeAdmin",
      "docs": [
        "Admin: proposes a new admin (the default key withdraws the proposal)."
      ],
      "discriminator": [121, 214, 199, 212, 87, 39, 117, 234],
      "accounts": [
        {
          "name": "admin",
          "signer": true
        },
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [99, 111, 110, 102, 105, 103]
              }
            ]
          }
        }
      ],
      "args": [
        {
          "name": "newAdmin",
          "type": "pubkey"
        }
      ]
    },
    {
      "name": "acceptAdmin",
      "docs": [
        "The proposed admin accepts the role."
      ],
      "discriminator": [112, 42, 45, 90, 116, 181, 13, 170],
      "accounts": [
        {
          "name": "newAdmin",
          "signer": true
        },
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [99, 111, 110, 102, 105, 103]
              }
            ]
          }
        }
      ],
      "args": []
    },
    {
      "name": "pause",
      "docs": [
        "Admin: refuses tokenize_device, list_shares and buy_shares until unpaused."
      ],
      "discriminator": [211, 22, 221, 251, 74, 121, 193, 47],
      "accounts": [
        {
          "name": "admin",
          "signer": true
        },
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [99, 111, 110, 102, 105, 103]
              }
            ]
          }
        }
      ],
      "args": []
    },
    {
      "name": "unpause",
      "docs": [
        "Admin: lifts a pause."
      ],
      "discriminator": [169, 144, 4, 38, 10, 141, 188, 255],
      "accounts": [
        {
          "name": "admin",
          "signer": true
        },
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [99, 111, 110, 102, 105, 103]
              }
            ]
          }
        }
      ],
      "args": []
    },
    {
      "name": "issueBond",
      "discriminator": [89, 175, 93, 128, 140, 237, 182, 162],
      "accounts": [
        {
          "name": "operator",
          "writable": true,
          "signer": true
        },
        {
          "name": "config",
          "writable": true
        },
        {
          "name": "market"
        },
        {
          "name": "device",
          "writable": true
        },
        {
          "name": "mint",
          "writable": true
        },
        {
          "name": "bond",
          "writable": true
        },
        {
          "name": "extraAccountMetas",
          "writable": true
        },
        {
          "name": "vault",
          "writable": true
        },
        {
          "name": "collateralVault",
          "writable": true
        },
        {
          "name": "iosdMint"
        },
        {
          "name": "ioMint"
        },
        {
          "name": "operatorIo",
          "writable": true
        },
        {
          "name": "token2022Program",
          "address": "TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb"
        },
        {
          "name": "iosdTokenProgram"
        },
        {
          "name": "ioTokenProgram"
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        },
        {
          "name": "rentalEscrowProgram",
          "address": "BZHB37etpvaov78vmJKDpD8ND6r8kxJJ7w6VqGMTZRQS"
        }
      ],
      "args": [
        {
          "name": "face",
          "type": "u64"
        },
        {
          "name": "minRaise",
          "type": "u64"
        },
        {
          "name": "couponBps",
          "type": "u16"
        },
        {
          "name": "subscription",
          "type": "i64"
        },
        {
          "name": "term",
          "type": "i64"
        },
        {
          "name": "grace",
          "type": "i64"
        },
        {
          "name": "collateral",
          "type": "u64"
        },
        {
          "name": "distributionPeriod",
          "type": "i64"
        },
        {
          "name": "name",
          "type": "string"
        },
        {
          "name": "symbol",
          "type": "string"
        },
        {
          "name": "uri",
          "type": "string"
        }
      ]
    },
    {
      "name": "subscribe",
      "discriminator": [254, 28, 191, 138, 156, 179, 183, 53],
      "accounts": [
        {
          "name": "investor",
          "signer": true
        },
        {
          "name": "bond",
          "writable": true
        },
        {
          "name": "mint",
          "writable": true
        },
        {
          "name": "investorIosd",
          "writable": true
        },
        {
          "name": "vault",
          "writable": true
        },
        {
          "name": "investorBonds",
          "writable": true
        },
        {
          "name": "investorHolder",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [104, 111, 108, 100, 101, 114]
              },
              {
                "kind": "account",
                "path": "bond"
              },
              {
                "kind": "account",
                "path": "investorBonds"
              }
            ]
          }
        },
        {
          "name": "iosdMint"
        },
        {
          "name": "iosdTokenProgram"
        },
        {
          "name": "token2022Program",
          "address": "TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb"
        }
      ],
      "args": [
        {
          "name": "amount",
          "type": "u64"
        }
      ]
    },
    {
      "name": "closeSubscription",
      "discriminator": [33, 214, 169, 135, 35, 127, 78, 7],
      "accounts": [
        {
          "name": "bond",
          "writable": true
        },
        {
          "name": "mint",
          "writable": true
        },
        {
          "name": "vault",
          "writable": true
        },
        {
          "name": "operatorIosd",
          "writable": true
        },
        {
          "name": "collateralVault",
          "writable": true
        },
        {
          "name": "operatorIo",
          "writable": true
        },
        {
          "name": "device",
          "writable": true
        },
        {
          "name": "iosdMint"
        },
        {
          "name": "ioMint"
        },
        {
          "name": "iosdTokenProgram"
        },
        {
          "name": "ioTokenProgram"
        },
        {
          "name": "token2022Program",
          "address": "TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb"
        },
        {
          "name": "rentalEscrowProgram",
          "address": "BZHB37etpvaov78vmJKDpD8ND6r8kxJJ7w6VqGMTZRQS"
        }
      ],
      "args": []
    },
    {
      "name": "refund",
      "discriminator": [2, 96, 183, 251, 63, 208, 46, 46],
      "accounts": [
        {
          "name": "owner",
          "signer": true
        },
        {
          "name": "bond",
          "writable": true
        },
        {
          "name": "mint",
          "writable": true
        },
        {
          "name": "ownerBonds",
          "writable": true
        },
        {
          "name": "vault",
          "writable": true
        },
        {
          "name": "destination",
          "writable": true
        },
        {
          "name": "iosdMint"
        },
        {
          "name": "iosdTokenProgram"
        },
        {
          "name": "token2022Program",
          "address": "TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb"
        }
      ],
      "args": [
        {
          "name": "amount",
          "type": "u64"
        }
      ]
    },
    {
      "name": "declareDefault",
      "discriminator": [111, 69, 178, 74, 121, 205, 118, 251],
      "accounts": [
        {
          "name": "bond",
          "writable": true
        },
        {
          "name": "vault"
        },
        {
          "name": "iosdMint"
        },
        {
          "name": "iosdTokenProgram"
        }
      ],
      "args": []
    },
    {
      "name": "cure",
      "discriminator": [174, 248, 169, 94, 213, 45, 35, 71],
      "accounts": [
        {
          "name": "operator",
          "signer": true
        },
        {
          "name": "bond",
          "writable": true
        },
        {
          "name": "vault",
          "writable": true
        },
        {
          "name": "operatorIosd",
          "writable": true
        },
        {
          "name": "iosdMint"
        },
        {
          "name": "iosdTokenProgram"
        }
      ],
      "args": []
    },
    {
      "name": "repayPrincipal",
      "discriminator": [229, 67, 83, 65, 77, 84, 80, 141],
      "accounts": [
        {
          "name": "operator",
          "signer": true
        },
        {
          "name": "bond",
          "writable": true
        },
        {
          "name": "vault",
          "writable": true
        },
        {
          "name": "operatorIosd",
          "writable": true
        },
        {
          "name": "iosdMint"
        },
        {
          "name": "iosdTokenProgram"
        }
      ],
      "args": [
        {
          "name": "amount",
          "type": "u64"
        }
      ]
    },
    {
      "name": "redeem",
      "discriminator": [184, 12, 86, 149, 70, 196, 97, 225],
      "accounts": [
        {
          "name": "owner",
          "signer": true
        },
        {
          "name": "bond",
          "writable": true
        },
        {
          "name": "mint",
          "writable": true
        },
        {
          "name": "tokenAccount",
          "writable": true
        },
        {
          "name": "holder",
          "writable": true
        },
        {
          "name": "vault",
          "writable": true
        },
        {
          "name": "destination",
          "writable": true
        },
        {
          "name": "iosdMint"
        },
        {
          "name": "iosdTokenProgram"
        },
        {
          "name": "collateralVault",
          "writable": true
        },
        {
          "name": "collateralDestination",
          "writable": true
        },
        {
          "name": "ioMint"
        },
        {
          "name": "ioTokenProgram"
        },
        {
          "name": "token2022Program",
          "address": "TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb"
        }
      ],
      "args": [
        {
          "name": "amount",
          "type": "u64"
        }
      ]
    },
    {
      "name": "closeBond",
      "discriminator": [47, 18, 254, 114, 33, 116, 141, 41],
      "accounts": [
        {
          "name": "bond",
          "writable": true
        },
        {
          "name": "vault"
        },
        {
          "name": "iosdMint"
        },
        {
          "name": "iosdTokenProgram"
        },
        {
          "name": "collateralVault",
          "writable": true
        },
        {
          "name": "operatorIo",
          "writable": true
        },
        {
          "name": "ioMint"
        },
        {
          "name": "ioTokenProgram"
        },
        {
          "name": "device",
          "writable": true
        },
        {
          "name": "rentalEscrowProgram",
          "address": "BZHB37etpvaov78vmJKDpD8ND6r8kxJJ7w6VqGMTZRQS"
        }
      ],
      "args": []
    },
    {
      "name": "createNftCollection",
      "docs": [
        "Admin, once: creates the sized Metaplex collection \"GPU cash-flow NFTs\" every cash-flow NFT is verified into; the config PDA is its authority."
      ],
      "discriminator": [39, 179, 4, 147, 128, 226, 252, 134],
      "accounts": [
        {
          "name": "admin",
          "writable": true,
          "signer": true
        },
        {
          "name": "config",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [99, 111, 110, 102, 105, 103]
              }
            ]
          }
        },
        {
          "name": "collectionMint",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [110, 102, 116, 45, 99, 111, 108, 108, 101, 99, 116, 105, 111, 110]
              }
            ]
          }
        },
        {
          "name": "collectionMetadata",
          "writable": true
        },
        {
          "name": "collectionMasterEdition",
          "writable": true
        },
        {
          "name": "configToken",
          "writable": true
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        },
        {
          "name": "associatedTokenProgram",
          "address": "ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL"
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        },
        {
          "name": "sysvarInstructions",
          "address": "Sysvar1nstructions1111111111111111111111111"
        },
        {
          "name": "tokenMetadataProgram",
          "address": "metaqbxxUerdq28cj1RbAWkYQm3ybzjb6a8bt518x1s"
        }
      ],
      "args": [
        {
          "name": "uri",
          "type": "string"
        }
      ]
    },
    {
      "name": "tokenizeNft",
      "docs": [
        "Device operator: sells the device's revenue for `term` seconds as one Metaplex NFT named after the device (Token Metadata by CPI, verified into the collection); the payout is locked to the pool's vault until the term's end."
      ],
      "discriminator": [106, 224, 100, 12, 177, 220, 56, 227],
      "accounts": [
        {
          "name": "operator",
          "writable": true,
          "signer": true
        },
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [99, 111, 110, 102, 105, 103]
              }
            ]
          }
        },
        {
          "name": "market"
        },
        {
          "name": "device",
          "writable": true
        },
        {
          "name": "mint",
          "writable": true
        },
        {
          "name": "pool",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [112, 111, 111, 108]
              },
              {
                "kind": "account",
                "path": "mint"
              }
            ]
          }
        },
        {
          "name": "vault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [118, 97, 117, 108, 116]
              },
              {
                "kind": "account",
                "path": "pool"
              }
            ]
          }
        },
        {
          "name": "iosdMint"
        },
        {
          "name": "metadata",
          "writable": true
        },
        {
          "name": "masterEdition",
          "writable": true
        },
        {
          "name": "operatorNft",
          "writable": true
        },
        {
          "name": "collectionMint",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [110, 102, 116, 45, 99, 111, 108, 108, 101, 99, 116, 105, 111, 110]
              }
            ]
          }
        },
        {
          "name": "collectionMetadata",
          "writable": true
        },
        {
          "name": "collectionMasterEdition"
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        },
        {
          "name": "iosdTokenProgram"
        },
        {
          "name": "associatedTokenProgram",
          "address": "ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL"
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        },
        {
          "name": "sysvarInstructions",
          "address": "Sysvar1nstructions1111111111111111111111111"
        },
        {
          "name": "tokenMetadataProgram",
          "address": "metaqbxxUerdq28cj1RbAWkYQm3ybzjb6a8bt518x1s"
        },
        {
          "name": "rentalEscrowProgram",
          "address": "BZHB37etpvaov78vmJKDpD8ND6r8kxJJ7w6VqGMTZRQS"
        }
      ],
      "args": [
        {
          "name": "term",
          "type": "i64"
        },
        {
          "name": "uri",
          "type": "string"
        }
      ]
    },
    {
      "name": "claimNft",
      "docs": [
        "Whoever holds the NFT (an SPL Token account of its mint with the one token, owned by the signer): collects the holders' revenue synced and not yet claimed."
      ],
      "discriminator": [6, 193, 146, 120, 48, 218, 69, 33],
      "accounts": [
        {
          "name": "holder",
          "signer": true
        },
        {
          "name": "pool",
          "writable": true
        },
        {
          "name": "nftAccount"
        },
        {
          "name": "vault",
          "writable": true
        },
        {
          "name": "destination",
          "writable": true
        },
        {
          "name": "iosdMint"
        },
        {
          "name": "iosdTokenProgram"
        }
      ],
      "args": []
    }
  ],
  "accounts": [
    {
      "name": "config",
      "discriminator": [155, 12, 170, 224, 30, 250, 204, 130]
    },
    {
      "name": "pool",
      "discriminator": [241, 154, 109, 4, 17, 177, 109, 188]
    },
    {
      "name": "holder",
      "discriminator": [37, 121, 1, 40, 55, 46, 199, 157]
    },
    {
      "name": "bond",
      "discriminator": [224, 128, 48, 251, 182, 246, 111, 196]
    },
    {
      "name": "nftPool",
      "discriminator": [64, 127, 161, 167, 15, 15, 152, 86]
    }
  ],
  "errors": [
    {
      "code": 6000,
      "name": "invalidSplit",
      "msg": "The operator's share must be at most 10,000 bps"
    },
    {
      "code": 6001,
      "name": "mintMismatch",
      "msg": "The IOSD mint is not the market's payment mint"
    },
    {
      "code": 6002,
      "name": "notUpgradeAuthority",
      "msg": "Only the program's upgrade authority can initialize it"
    },
    {
      "code": 6003,
      "name": "notAdmin",
      "msg": "Only the config's admin can do this"
    },
    {
      "code": 6004,
      "name": "notPendingAdmin",
      "msg": "Only the proposed admin can accept the admin role"
    },
    {
      "code": 6005,
      "name": "paused",
      "msg": "Tokenization and sales are paused"
    },
    {
      "code": 6006,
      "name": "notOperator",
      "msg": "Only the device's operator can do this"
    },
    {
      "code": 6007,
      "name": "payoutAlreadyLocked",
      "msg": "The device's payout is already locked (its revenue is already tokenized)"
    },
    {
      "code": 6008,
      "name": "deviceNotPaidInIosd",
      "msg": "Only devices paid in IOSD can be tokenized"
    },
    {
      "code": 6009,
      "name": "invalidShares",
      "msg": "The number of shares must be at least 1"
    },
    {
      "code": 6010,
      "name": "invalidTerm",
      "msg": "The term must be positive"
    },
    {
      "code": 6011,
      "name": "metadataTooLong",
      "msg": "Name, symbol or uri is too long"
    },
    {
      "code": 6012,
      "name": "notTransferring",
      "msg": "The transfer hook runs only inside a Token-2022 transfer of the share mint"
    },
    {
      "code": 6013,
      "name": "wrongMint",
      "msg": "The token account does not hold this pool's shares"
    },
    {
      "code": 6014,
      "name": "wrongCheckpoint",
      "msg": "The checkpoint belongs to another pool or token account"
    },
    {
      "code": 6015,
      "name": "notTokenOwner",
      "msg": "Only the token account's owner can do this"
    },
    {
      "code": 6016,
      "name": "wrongVault",
      "msg": "The vault is not this pool's revenue vault"
    },
    {
      "code": 6017,
      "name": "wrongOperatorPayout",
      "msg": "The operator payout account is not the pool's"
    },
    {
      "code": 6018,
      "name": "notListed",
      "msg": "The shares are not listed for sale"
    },
    {
      "code": 6019,
      "name": "notEnoughListed",
      "msg": "Fewer shares are listed than requested"
    },
    {
      "code": 6020,
      "name": "priceAboveMax",
      "msg": "The listing price is above the buyer's maximum"
    },
    {
      "code": 6021,
      "name": "invalidPrice",
      "msg": "The price per share must be positive"
    },
    {
      "code": 6022,
      "name": "transferMustFollow",
      "msg": "The share transfer this instruction approves must be the transaction's next instruction"
    },
    {
      "code": 6023,
      "name": "termNotEnded",
      "msg": "The term has not ended"
    },
    {
      "code": 6024,
      "name": "termAlreadyEnded",
      "msg": "The term has already ended and the payout was released"
    },
    {
      "code": 6025,
      "name": "wrongDevice",
      "msg": "The device is not this pool's device"
    },
    {
      "code": 6026,
      "name": "overflow",
      "msg": "Arithmetic overflow"
    },
    {
      "code": 6027,
      "name": "unsupportedPaymentMint",
      "msg": "The sale must be paid in the market's IO or IOSD"
    },
    {
      "code": 6028,
      "name": "invalidDistributionPeriod",
      "msg": "The distribution period must be between one day and one year"
    },
    {
      "code": 6029,
      "name": "rentalsStillOpen",
      "msg": "The device still has open rentals whose revenue belongs to the term"
    },
    {
      "code": 6030,
      "name": "vaultNotSynced",
      "msg": "The vault holds revenue not yet synced"
    },
    {
      "code": 6031,
      "name": "termOver",
      "msg": "The term is over: shares are no longer sold"
    },
    {
      "code": 6032,
      "name": "unsupportedMintExtension",
      "msg": "The mint has a Token-2022 extension that controls balances (only metadata, group, interest-bearing and scaled-UI extensions are accepted)"
    },
    {
      "code": 6033,
      "name": "subscriptionClosed",
      "msg": "The bond's subscription is closed"
    },
    {
      "code": 6034,
      "name": "oversubscribed",
      "msg": "The subscription would raise more than the face value"
    },
    {
      "code": 6035,
      "name": "subscriptionOpen",
      "msg": "The subscription is still open: before the deadline and short of the face value"
    },
    {
      "code": 6036,
      "name": "notRefundable",
      "msg": "Only bonds whose issue failed are refunded"
    },
    {
      "code": 6037,
      "name": "payoutToOwnVault",
      "msg": "A payment out of the vault cannot go back into the vault"
    },
    {
      "code": 6038,
      "name": "bondNotActive",
      "msg": "The bond's coupons have not started (its subscription is open or failed)"
    },
    {
      "code": 6039,
      "name": "notRedeemable",
      "msg": "Bond tokens are redeemed at maturity, or at once after a default"
    },
    {
      "code": 6040,
      "name": "notInDefault",
      "msg": "The bond is not in default: coupons due a grace period ago are paid and the reserve is not short at maturity"
    },
    {
      "code": 6041,
      "name": "notDefaulted",
      "msg": "Only a bond in default can be cured"
    },
    {
      "code": 6042,
      "name": "collateralAlreadyPaid",
      "msg": "Collateral was already paid to holders: the default can no longer be cured"
    },
    {
      "code": 6043,
      "name": "repaymentTooLarge",
      "msg": "The repayment is more than the principal not yet reserved"
    },
    {
      "code": 6044,
      "name": "bondOutstanding",
      "msg": "The bond is not discharged: before maturity, coupons unpaid or principal not yet reserved"
    },
    {
      "code": 6045,
      "name": "bondClosed",
      "msg": "The bond is closed"
    },
    {
      "code": 6046,
      "name": "zeroAmount",
      "msg": "The amount must be positive"
    },
    {
      "code": 6047,
      "name": "notNftHolder",
      "msg": "The signer's token account does not hold this NFT"
    },
    {
      "code": 6048,
      "name": "wrongCollection",
      "msg": "Not the cash-flow NFT collection, or it was not created yet"
    },
    {
      "code": 6049,
      "name": "nftCollectionExists",
      "msg": "The cash-flow NFT collection already exists"
    }
  ],
  "types": [
    {
      "name": "config",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "admin",
            "type": "pubkey"
          },
          {
            "name": "pendingAdmin",
            "type": "pubkey"
          },
          {
            "name": "iosdMint",
            "type": "pubkey"
          },
          {
            "name": "iosdTokenProgram",
            "type": "pubkey"
          },
          {
            "name": "market",
            "type": "pubkey"
          },
          {
            "name": "operatorBps",
            "type": "u16"
          },
          {
            "name": "poolCount",
            "type": "u64"
          },
          {
            "name": "paused",
            "type": "bool"
          },
          {
            "name": "bump",
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "pool",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "device",
            "type": "pubkey"
          },
          {
            "name": "operator",
            "type": "pubkey"
          },
          {
            "name": "mint",
            "type": "pubkey"
          },
          {
            "name": "vault",
            "type": "pubkey"
          },
          {
            "name": "shares",
            "type": "u64"
          },
          {
            "name": "termEnd",
            "type": "i64"
          },
          {
            "name": "operatorBps",
            "type": "u16"
          },
          {
            "name": "revenuePerShare",
            "type": "u128"
          },
          {
            "name": "accruingShares",
            "type": "u64"
          },
          {
            "name": "distributionPeriod",
            "type": "i64"
          },
          {
            "name": "undistributed",
            "type": "u64"
          },
          {
            "name": "streamEnd",
            "type": "i64"
          },
          {
            "name": "lastRelease",
            "type": "i64"
          },
          {
            "name": "vaultBalance",
            "type": "u64"
          },
          {
            "name": "totalInflow",
            "type": "u64"
          },
          {
            "name": "operatorRevenue",
            "type": "u64"
          },
          {
            "name": "holdersRevenue",
            "type": "u64"
          },
          {
            "name": "claimed",
            "type": "u64"
          },
          {
            "name": "operatorOwed",
            "type": "u64"
          },
          {
            "name": "operatorClaimed",
            "type": "u64"
          },
          {
            "name": "salePrice",
            "type": "u64"
          },
          {
            "name": "saleMint",
            "type": "pubkey"
          },
          {
            "name": "saleAccount",
            "type": "pubkey"
          },
          {
            "name": "saleTokenProgram",
            "type": "pubkey"
          },
          {
            "name": "sharesSold",
            "type": "u64"
          },
          {
            "name": "termEnded",
            "type": "bool"
          },
          {
            "name": "bump",
            "type": "u8"
          },
          {
            "name": "vaultBump",
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "holder",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "pool",
            "type": "pubkey"
          },
          {
            "name": "tokenAccount",
            "type": "pubkey"
          },
          {
            "name": "shares",
            "type": "u64"
          },
          {
            "name": "revenueSnapshot",
            "type": "u128"
          },
          {
            "name": "owed",
            "type": "u64"
          },
          {
            "name": "claimed",
            "type": "u64"
          },
          {
            "name": "bump",
            "type": "u8"
          },
          {
            "name": "redeemed",
            "type": "u64"
          },
          {
            "name": "principalClaimed",
            "type": "u64"
          },
          {
            "name": "collateralClaimed",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "deviceTokenized",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "pool",
            "type": "pubkey"
          },
          {
            "name": "device",
            "type": "pubkey"
          },
          {
            "name": "mint",
            "type": "pubkey"
          },
          {
            "name": "operator",
            "type": "pubkey"
          },
          {
            "name": "shares",
            "type": "u64"
          },
          {
            "name": "termEnd",
            "type": "i64"
          },
          {
            "name": "operatorBps",
            "type": "u16"
          },
          {
            "name": "distributionPeriod",
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "revenueSynced",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "pool",
            "type": "pubkey"
          },
          {
            "name": "inflow",
            "type": "u64"
          },
          {
            "name": "operatorAmount",
            "type": "u64"
          },
          {
            "name": "holdersAmount",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "holderOpened",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "pool",
            "type": "pubkey"
          },
          {
            "name": "tokenAccount",
            "type": "pubkey"
          },
          {
            "name": "shares",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "revenueClaimed",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "pool",
            "type": "pubkey"
          },
          {
            "name": "tokenAccount",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "sharesListed",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "pool",
            "type": "pubkey"
          },
          {
            "name": "pricePerShare",
            "type": "u64"
          },
          {
            "name": "paymentMint",
            "type": "pubkey"
          }
        ]
      }
    },
    {
      "name": "sharesBought",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "pool",
            "type": "pubkey"
          },
          {
            "name": "buyer",
            "type": "pubkey"
          },
          {
            "name": "shares",
            "type": "u64"
          },
          {
            "name": "paid",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "sharesDelisted",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "pool",
            "type": "pubkey"
          },
          {
            "name": "returned",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "termEnded",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "pool",
            "type": "pubkey"
          },
          {
            "name": "device",
            "type": "pubkey"
          }
        ]
      }
    },
    {
      "name": "adminChanged",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "previous",
            "type": "pubkey"
          },
          {
            "name": "admin",
            "type": "pubkey"
          }
        ]
      }
    },
    {
      "name": "pauseChanged",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "paused",
            "type": "bool"
          }
        ]
      }
    },
    {
      "name": "operatorClaimed",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "pool",
            "type": "pubkey"
          },
          {
            "name": "destination",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "holderPoked",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "pool",
            "type": "pubkey"
          },
          {
            "name": "tokenAccount",
            "type": "pubkey"
          },
          {
            "name": "shares",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "bond",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "device",
            "type": "pubkey"
          },
          {
            "name": "operator",
            "type": "pubkey"
          },
          {
            "name": "mint",
            "type": "pubkey"
          },
          {
            "name": "vault",
            "type": "pubkey"
          },
          {
            "name": "collateralVault",
            "type": "pubkey"
          },
          {
            "name": "ioMint",
            "type": "pubkey"
          },
          {
            "name": "ioTokenProgram",
            "type": "pubkey"
          },
          {
            "name": "face",
            "type": "u64"
          },
          {
            "name": "minRaise",
            "type": "u64"
          },
          {
            "name": "raised",
            "type": "u64"
          },
          {
            "name": "couponBps",
            "type": "u16"
          },
          {
            "name": "deadline",
            "type": "i64"
          },
          {
            "name": "maturity",
            "type": "i64"
          },
          {
            "name": "grace",
            "type": "i64"
          },
          {
            "name": "start",
            "type": "i64"
          },
          {
            "name": "collateral",
            "type": "u64"
          },
          {
            "name": "vaultBalance",
            "type": "u64"
          },
          {
            "name": "operatorOwed",
            "type": "u64"
          },
          {
            "name": "status",
            "type": "u8"
          },
          {
            "name": "bump",
            "type": "u8"
          },
          {
            "name": "vaultBump",
            "type": "u8"
          },
          {
            "name": "collateralBump",
            "type": "u8"
          },
          {
            "name": "distributionPeriod",
            "type": "i64"
          },
          {
            "name": "revenuePerShare",
            "type": "u128"
          },
          {
            "name": "accruingShares",
            "type": "u64"
          },
          {
            "name": "undistributed",
            "type": "u64"
          },
          {
            "name": "streamEnd",
            "type": "i64"
          },
          {
            "name": "lastRelease",
            "type": "i64"
          },
          {
            "name": "couponPaid",
            "type": "u64"
          },
          {
            "name": "claimed",
            "type": "u64"
          },
          {
            "name": "reserve",
            "type": "u64"
          },
          {
            "name": "principalPaid",
            "type": "u64"
          },
          {
            "name": "redeemed",
            "type": "u64"
          },
          {
            "name": "defaultedAt",
            "type": "i64"
          },
          {
            "name": "collateralPaid",
            "type": "u64"
          },
          {
            "name": "operatorClaimed",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "bondIssued",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "bond",
            "type": "pubkey"
          },
          {
            "name": "device",
            "type": "pubkey"
          },
          {
            "name": "mint",
            "type": "pubkey"
          },
          {
            "name": "operator",
            "type": "pubkey"
          },
          {
            "name": "face",
            "type": "u64"
          },
          {
            "name": "couponBps",
            "type": "u16"
          },
          {
            "name": "deadline",
            "type": "i64"
          },
          {
            "name": "maturity",
            "type": "i64"
          },
          {
            "name": "collateral",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "bondSubscribed",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "bond",
            "type": "pubkey"
          },
          {
            "name": "tokenAccount",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "subscriptionClosed",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "bond",
            "type": "pubkey"
          },
          {
            "name": "raised",
            "type": "u64"
          },
          {
            "name": "success",
            "type": "bool"
          }
        ]
      }
    },
    {
      "name": "bondRefunded",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "bond",
            "type": "pubkey"
          },
          {
            "name": "tokenAccount",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "bondSynced",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "bond",
            "type": "pubkey"
          },
          {
            "name": "inflow",
            "type": "u64"
          },
          {
            "name": "toCoupons",
            "type": "u64"
          },
          {
            "name": "toReserve",
            "type": "u64"
          },
          {
            "name": "toOperator",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "bondDefaulted",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "bond",
            "type": "pubkey"
          },
          {
            "name": "arrears",
            "type": "u64"
          },
          {
            "name": "reserve",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "bondCured",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "bond",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "principalRepaid",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "bond",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "bondRedeemed",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "bond",
            "type": "pubkey"
          },
          {
            "name": "tokenAccount",
            "type": "pubkey"
          },
          {
            "name": "burned",
            "type": "u64"
          },
          {
            "name": "principal",
            "type": "u64"
          },
          {
            "name": "collateral",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "bondClosed",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "bond",
            "type": "pubkey"
          },
          {
            "name": "collateralReturned",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "nftPool",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "device",
            "type": "pubkey"
          },
          {
            "name": "operator",
            "type": "pubkey"
          },
          {
            "name": "mint",
            "type": "pubkey"
          },
          {
            "name": "vault",
            "type": "pubkey"
          },
          {
            "name": "termEnd",
            "type": "i64"
          },
          {
            "name": "operatorBps",
            "type": "u16"
          },
          {
            "name": "deviceClass",
            "type": "u8"
          },
          {
            "name": "gpuCount",
            "type": "u32"
          },
          {
            "name": "region",
            "type": {
              "array": [
                "u8",
                16
              ]
            }
          },
          {
            "name": "vaultBalance",
            "type": "u64"
          },
          {
            "name": "totalInflow",
            "type": "u64"
          },
          {
            "name": "operatorRevenue",
            "type": "u64"
          },
          {
            "name": "holdersRevenue",
            "type": "u64"
          },
          {
            "name": "claimed",
            "type": "u64"
          },
          {
            "name": "operatorOwed",
            "type": "u64"
          },
          {
            "name": "operatorClaimed",
            "type": "u64"
          },
          {
            "name": "termEnded",
            "type": "bool"
          },
          {
            "name": "bump",
            "type": "u8"
          },
          {
            "name": "vaultBump",
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "nftCollectionCreated",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "mint",
            "type": "pubkey"
          },
          {
            "name": "metadata",
            "type": "pubkey"
          }
        ]
      }
    },
    {
      "name": "nftTokenized",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "pool",
            "type": "pubkey"
          },
          {
            "name": "device",
            "type": "pubkey"
          },
          {
            "name": "mint",
            "type": "pubkey"
          },
          {
            "name": "metadata",
            "type": "pubkey"
          },
          {
            "name": "operator",
            "type": "pubkey"
          },
          {
            "name": "termEnd",
            "type": "i64"
          },
          {
            "name": "operatorBps",
            "type": "u16"
          }
        ]
      }
    }
  ],
  "events": [
    {
      "name": "deviceTokenized",
      "discriminator": [42, 166, 238, 87, 156, 95, 240, 184]
    },
    {
      "name": "revenueSynced",
      "discriminator": [198, 35, 113, 188, 100, 79, 203, 75]
    },
    {
      "name": "holderOpened",
      "discriminator": [133, 172, 228, 247, 214, 213, 195, 160]
    },
    {
      "name": "revenueClaimed",
      "discriminator": [5, 254, 104, 87, 133, 137, 45, 116]
    },
    {
      "name": "sharesListed",
      "discriminator": [233, 5, 16, 63, 107, 7, 205, 196]
    },
    {
      "name": "sharesBought",
      "discriminator": [240, 98, 69, 10, 253, 234, 226, 65]
    },
    {
      "name": "sharesDelisted",
      "discriminator": [144, 224, 44, 62, 218, 208, 50, 133]
    },
    {
      "name": "termEnded",
      "discriminator": [32, 223, 131, 243, 129, 7, 63, 108]
    },
    {
      "name": "operatorClaimed",
      "discriminator": [148, 81, 167, 119, 187, 75, 240, 97]
    },
    {
      "name": "holderPoked",
      "discriminator": [12, 31, 239, 39, 2, 0, 109, 15]
    },
    {
      "name": "adminChanged",
      "discriminator": [232, 34, 31, 226, 62, 18, 19, 114]
    },
    {
      "name": "pauseChanged",
      "discriminator": [238, 188, 213, 78, 134, 209, 178, 218]
    },
    {
      "name": "bondIssued",
      "discriminator": [42, 215, 210, 134, 104, 101, 194, 60]
    },
    {
      "name": "bondSubscribed",
      "discriminator": [74, 201, 195, 159, 174, 85, 234, 105]
    },
    {
      "name": "subscriptionClosed",
      "discriminator": [8, 104, 17, 72, 113, 51, 156, 92]
    },
    {
      "name": "bondRefunded",
      "discriminator": [52, 32, 75, 36, 37, 139, 123, 17]
    },
    {
      "name": "bondSynced",
      "discriminator": [5, 35, 214, 96, 205, 224, 124, 121]
    },
    {
      "name": "bondDefaulted",
      "discriminator": [78, 100, 249, 23, 207, 66, 135, 38]
    },
    {
      "name": "bondCured",
      "discriminator": [137, 221, 216, 180, 148, 205, 111, 166]
    },
    {
      "name": "principalRepaid",
      "discriminator": [2, 199, 85, 158, 98, 208, 137, 23]
    },
    {
      "name": "bondRedeemed",
      "discriminator": [188, 237, 184, 77, 43, 59, 193, 108]
    },
    {
      "name": "bondClosed",
      "discriminator": [227, 55, 88, 183, 234, 17, 203, 66]
    },
    {
      "name": "nftCollectionCreated",
      "discriminator": [152, 166, 12, 103, 18, 237, 80, 37]
    },
    {
      "name": "nftTokenized",
      "discriminator": [74, 99, 158, 90, 26, 197, 161, 60]
    }
  ]
};

export const COMPUTE_TOKENS_IDL = {"address":"CXYaUtbrZ7rBvEEip7k7sbnEoTbBLFY1UGFBVstfhcph","metadata":{"name":"compute_tokens","version":"0.1.0","spec":"0.1.0","description":"A GPU's revenue as Token-2022 shares: 90% to holders, 10% to the operating node"},"instructions":[{"name":"initialize","discriminator":[175,175,109,31,13,152,155,237],"accounts":[{"name":"admin","writable":true,"signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}},{"name":"iosd_mint"},{"name":"market"},{"name":"system_program","address":"11111111111111111111111111111111"},{"name":"program","address":"CXYaUtbrZ7rBvEEip7k7sbnEoTbBLFY1UGFBVstfhcph"},{"name":"program_data","pda":{"seeds":[{"kind":"const","value":[171,67,175,90,208,169,110,167,30,107,200,180,88,120,44,217,26,149,226,99,77,247,81,59,155,180,236,213,164,12,148,186]}],"program":{"kind":"const","value":[2,168,246,145,78,136,161,176,226,16,21,62,247,99,174,43,0,194,185,61,22,193,36,210,192,83,122,16,4,128,0,0]}}}],"args":[{"name":"operator_bps","type":"u16"}]},{"name":"tokenize_device","docs":["Operator: turns a device's revenue for `term` seconds into `shares` Token-2022 shares (metadata and transfer hook in the mint), locks the device's earnings into the pool's IOSD vault until the term's end, mints every share to the operator and removes the mint authority. Holders' revenue streams over `distribution_period` seconds (one day to one year)."],"discriminator":[28,93,153,231,128,4,14,232],"accounts":[{"name":"operator","writable":true,"signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}},{"name":"market"},{"name":"device","writable":true},{"name":"mint","writable":true},{"name":"pool","writable":true,"pda":{"seeds":[{"kind":"const","value":[112,111,111,108]},{"kind":"account","path":"mint"}]}},{"name":"extra_account_metas","writable":true,"pda":{"seeds":[{"kind":"const","value":[101,120,116,114,97,45,97,99,99,111,117,110,116,45,109,101,116,97,115]},{"kind":"account","path":"mint"}]}},{"name":"vault","writable":true,"pda":{"seeds":[{"kind":"const","value":[118,97,117,108,116]},{"kind":"account","path":"pool"}]}},{"name":"iosd_mint"},{"name":"operator_shares","writable":true},{"name":"operator_holder","writable":true,"pda":{"seeds":[{"kind":"const","value":[104,111,108,100,101,114]},{"kind":"account","path":"pool"},{"kind":"account","path":"operator_shares"}]}},{"name":"token_2022_program","address":"TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb"},{"name":"iosd_token_program"},{"name":"associated_token_program","address":"ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL"},{"name":"system_program","address":"11111111111111111111111111111111"},{"name":"rental_escrow_program","address":"BZHB37etpvaov78vmJKDpD8ND6r8kxJJ7w6VqGMTZRQS"}],"args":[{"name":"shares","type":"u64"},{"name":"term","type":"i64"},{"name":"distribution_period","type":"i64"},{"name":"name","type":"string"},{"name":"symbol","type":"string"},{"name":"uri","type":"string"}]},{"name":"execute","docs":["Transfer hook (spl-transfer-hook-interface `execute`), called by Token-2022 on every share transfer: settles the source's and the destination's checkpoints."],"discriminator":[105,37,101,197,75,251,102,26],"accounts":[{"name":"source"},{"name":"mint"},{"name":"destination"},{"name":"authority"},{"name":"extra_account_metas","pda":{"seeds":[{"kind":"const","value":[101,120,116,114,97,45,97,99,99,111,117,110,116,45,109,101,116,97,115]},{"kind":"account","path":"mint"}]}},{"name":"pool","writable":true},{"name":"source_holder","writable":true},{"name":"destination_holder","writable":true}],"args":[{"name":"amount","type":"u64"}]},{"name":"sync_revenue","docs":["Anyone: accounts for new vault inflow: the operator's cut (10%) is owed to the operator, the holders' part streams into the accumulator over the distribution period. The split does not depend on when the sync runs."],"discriminator":[145,69,225,4,244,99,4,151],"accounts":[{"name":"pool","writable":true},{"name":"vault"},{"name":"iosd_mint"},{"name":"iosd_token_program"}],"args":[]},{"name":"open_holder","docs":["Share account owner: starts the account's revenue checkpoint; its shares accrue from now on."],"discriminator":[138,210,211,159,140,172,28,65],"accounts":[{"name":"payer","writable":true,"signer":true},{"name":"owner","signer":true},{"name":"pool","writable":true},{"name":"token_account"},{"name":"holder","writable":true,"pda":{"seeds":[{"kind":"const","value":[104,111,108,100,101,114]},{"kind":"account","path":"pool"},{"kind":"account","path":"token_account"}]}},{"name":"system_program","address":"11111111111111111111111111111111"}],"args":[]},{"name":"claim","docs":["Share account owner (the operator for the sale account): collects the account's accrued revenue in IOSD."],"discriminator":[62,198,214,193,213,159,108,210],"accounts":[{"name":"owner","signer":true},{"name":"pool","writable":true},{"name":"holder","writable":true,"pda":{"seeds":[{"kind":"const","value":[104,111,108,100,101,114]},{"kind":"account","path":"pool"},{"kind":"account","path":"token_account"}]}},{"name":"token_account"},{"name":"vault","writable":true},{"name":"destination","writable":true},{"name":"iosd_mint"},{"name":"iosd_token_program"}],"args":[]},{"name":"claim_operator","docs":["Operator: pulls the operating node's accrued cut, in IOSD from the vault, into any IOSD account."],"discriminator":[154,253,60,81,100,129,228,196],"accounts":[{"name":"operator","signer":true},{"name":"pool","writable":true},{"name":"vault","writable":true},{"name":"destination","writable":true},{"name":"iosd_mint"},{"name":"iosd_token_program"}],"args":[]},{"name":"poke_holder","docs":["Anyone: re-bases a checkpoint on min(its basis, the account's balance), so shares burned without a transfer stop earning."],"discriminator":[35,26,134,159,75,63,144,207],"accounts":[{"name":"pool","writable":true},{"name":"holder","writable":true,"pda":{"seeds":[{"kind":"const","value":[104,111,108,100,101,114]},{"kind":"account","path":"pool"},{"kind":"account","path":"token_account"}]}},{"name":"token_account"}],"args":[]},{"name":"list_shares","docs":["Operator, before the term's end: opens or reprices the primary sale in IO or IOSD; listed shares wait in the pool's sale account."],"discriminator":[156,51,24,84,242,112,152,53],"accounts":[{"name":"operator","writable":true,"signer":true},{"name":"config","pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}},{"name":"market"},{"name":"pool","writable":true},{"name":"payment_mint"},{"name":"mint"},{"name":"sale_account","writable":true,"pda":{"seeds":[{"kind":"const","value":[115,97,108,101]},{"kind":"account","path":"pool"}]}},{"name":"sale_holder","writable":true,"pda":{"seeds":[{"kind":"const","value":[104,111,108,100,101,114]},{"kind":"account","path":"pool"},{"kind":"account","path":"sale_account"}]}},{"name":"token_2022_program","address":"TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb"},{"name":"system_program","address":"11111111111111111111111111111111"}],"args":[{"name":"price_per_share","type":"u64"}]},{"name":"buy_shares","docs":["Buyer, before the term's end: pays the operator and is approved to take the shares from the sale account by the Token-2022 transfer (to another account) that must be the next instruction."],"discriminator":[40,239,138,154,8,37,106,108],"accounts":[{"name":"buyer","signer":true},{"name":"config","pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}},{"name":"pool","writable":true},{"name":"sale_account","writable":true},{"name":"mint"},{"name":"payment_source","writable":true},{"name":"operator_payment","writable":true},{"name":"payment_mint"},{"name":"payment_token_program"},{"name":"token_2022_program","address":"TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb"},{"name":"instructions","address":"Sysvar1nstructions1111111111111111111111111"}],"args":[{"name":"shares","type":"u64"},{"name":"max_price_per_share","type":"u64"}]},{"name":"delist","docs":["Operator: closes the primary sale and is approved to take the unsold shares back by the Token-2022 transfer that must be the next instruction."],"discriminator":[55,136,205,107,107,173,4,31],"accounts":[{"name":"operator","signer":true},{"name":"pool","writable":true},{"name":"sale_account","writable":true},{"name":"mint"},{"name":"token_2022_program","address":"TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb"},{"name":"instructions","address":"Sysvar1nstructions1111111111111111111111111"}],"args":[]},{"name":"end_term","docs":["Anyone, after the term, once the device has no open rental and the vault is synced: releases the device's payout lock in rental_escrow."],"discriminator":[38,105,204,40,162,204,207,240],"accounts":[{"name":"pool","writable":true},{"name":"device","writable":true},{"name":"vault"},{"name":"iosd_token_program"},{"name":"rental_escrow_program","address":"BZHB37etpvaov78vmJKDpD8ND6r8kxJJ7w6VqGMTZRQS"}],"args":[]},{"name":"propose_admin","docs":["Admin: proposes a new admin (the default key withdraws the proposal)."],"discriminator":[121,214,199,212,87,39,117,234],"accounts":[{"name":"admin","signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}}],"args":[{"name":"new_admin","type":"pubkey"}]},{"name":"accept_admin","docs":["The proposed admin accepts the role."],"discriminator":[112,42,45,90,116,181,13,170],"accounts":[{"name":"new_admin","signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}}],"args":[]},{"name":"pause","docs":["Admin: refuses tokenize_device, list_shares and buy_shares until unpaused."],"discriminator":[211,22,221,251,74,121,193,47],"accounts":[{"name":"admin","signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}}],"args":[]},{"name":"unpause","docs":["Admin: lifts a pause."],"discriminator":[169,144,4,38,10,141,188,255],"accounts":[{"name":"admin","signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}}],"args":[]},{"name":"issue_bond","discriminator":[89,175,93,128,140,237,182,162],"accounts":[{"name":"operator","writable":true,"signer":true},{"name":"config","writable":true},{"name":"market"},{"name":"device","writable":true},{"name":"mint","writable":true},{"name":"bond","writable":true},{"name":"extra_account_metas","writable":true},{"name":"vault","writable":true},{"name":"collateral_vault","writable":true},{"name":"iosd_mint"},{"name":"io_mint"},{"name":"operator_io","writable":true},{"name":"token_2022_program","address":"TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb"},{"name":"iosd_token_program"},{"name":"io_token_program"},{"name":"system_program","address":"11111111111111111111111111111111"},{"name":"rental_escrow_program","address":"BZHB37etpvaov78vmJKDpD8ND6r8kxJJ7w6VqGMTZRQS"}],"args":[{"name":"face","type":"u64"},{"name":"min_raise","type":"u64"},{"name":"coupon_bps","type":"u16"},{"name":"subscription","type":"i64"},{"name":"term","type":"i64"},{"name":"grace","type":"i64"},{"name":"collateral","type":"u64"},{"name":"distribution_period","type":"i64"},{"name":"name","type":"string"},{"name":"symbol","type":"string"},{"name":"uri","type":"string"}]},{"name":"subscribe","discriminator":[254,28,191,138,156,179,183,53],"accounts":[{"name":"investor","signer":true},{"name":"bond","writable":true},{"name":"mint","writable":true},{"name":"investor_iosd","writable":true},{"name":"vault","writable":true},{"name":"investor_bonds","writable":true},{"name":"investor_holder","writable":true,"pda":{"seeds":[{"kind":"const","value":[104,111,108,100,101,114]},{"kind":"account","path":"bond"},{"kind":"account","path":"investor_bonds"}]}},{"name":"iosd_mint"},{"name":"iosd_token_program"},{"name":"token_2022_program","address":"TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb"}],"args":[{"name":"amount","type":"u64"}]},{"name":"close_subscription","discriminator":[33,214,169,135,35,127,78,7],"accounts":[{"name":"bond","writable":true},{"name":"mint","writable":true},{"name":"vault","writable":true},{"name":"operator_iosd","writable":true},{"name":"collateral_vault","writable":true},{"name":"operator_io","writable":true},{"name":"device","writable":true},{"name":"iosd_mint"},{"name":"io_mint"},{"name":"iosd_token_program"},{"name":"io_token_program"},{"name":"token_2022_program","address":"TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb"},{"name":"rental_escrow_program","address":"BZHB37etpvaov78vmJKDpD8ND6r8kxJJ7w6VqGMTZRQS"}],"args":[]},{"name":"refund","discriminator":[2,96,183,251,63,208,46,46],"accounts":[{"name":"owner","signer":true},{"name":"bond","writable":true},{"name":"mint","writable":true},{"name":"owner_bonds","writable":true},{"name":"vault","writable":true},{"name":"destination","writable":true},{"name":"iosd_mint"},{"name":"iosd_token_program"},{"name":"token_2022_program","address":"TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb"}],"args":[{"name":"amount","type":"u64"}]},{"name":"declare_default","discriminator":[111,69,178,74,121,205,118,251],"accounts":[{"name":"bond","writable":true},{"name":"vault"},{"name":"iosd_mint"},{"name":"iosd_token_program"}],"args":[]},{"name":"cure","discriminator":[174,248,169,94,213,45,35,71],"accounts":[{"name":"operator","signer":true},{"name":"bond","writable":true},{"name":"vault","writable":true},{"name":"operator_iosd","writable":true},{"name":"iosd_mint"},{"name":"iosd_token_program"}],"args":[]},{"name":"repay_principal","discriminator":[229,67,83,65,77,84,80,141],"accounts":[{"name":"operator","signer":true},{"name":"bond","writable":true},{"name":"vault","writable":true},{"name":"operator_iosd","writable":true},{"name":"iosd_mint"},{"name":"iosd_token_program"}],"args":[{"name":"amount","type":"u64"}]},{"name":"redeem","discriminator":[184,12,86,149,70,196,97,225],"accounts":[{"name":"owner","signer":true},{"name":"bond","writable":true},{"name":"mint","writable":true},{"name":"token_account","writable":true},{"name":"holder","writable":true},{"name":"vault","writable":true},{"name":"destination","writable":true},{"name":"iosd_mint"},{"name":"iosd_token_program"},{"name":"collateral_vault","writable":true},{"name":"collateral_destination","writable":true},{"name":"io_mint"},{"name":"io_token_program"},{"name":"token_2022_program","address":"TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb"}],"args":[{"name":"amount","type":"u64"}]},{"name":"close_bond","discriminator":[47,18,254,114,33,116,141,41],"accounts":[{"name":"bond","writable":true},{"name":"vault"},{"name":"iosd_mint"},{"name":"iosd_token_program"},{"name":"collateral_vault","writable":true},{"name":"operator_io","writable":true},{"name":"io_mint"},{"name":"io_token_program"},{"name":"device","writable":true},{"name":"rental_escrow_program","address":"BZHB37etpvaov78vmJKDpD8ND6r8kxJJ7w6VqGMTZRQS"}],"args":[]},{"name":"create_nft_collection","docs":["Admin, once: creates the sized Metaplex collection \"GPU cash-flow NFTs\" every cash-flow NFT is verified into; the config PDA is its authority."],"discriminator":[39,179,4,147,128,226,252,134],"accounts":[{"name":"admin","writable":true,"signer":true},{"name":"config","pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}},{"name":"collection_mint","writable":true,"pda":{"seeds":[{"kind":"const","value":[110,102,116,45,99,111,108,108,101,99,116,105,111,110]}]}},{"name":"collection_metadata","writable":true},{"name":"collection_master_edition","writable":true},{"name":"config_token","writable":true},{"name":"token_program","address":"TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"},{"name":"associated_token_program","address":"ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL"},{"name":"system_program","address":"11111111111111111111111111111111"},{"name":"sysvar_instructions","address":"Sysvar1nstructions1111111111111111111111111"},{"name":"token_metadata_program","address":"metaqbxxUerdq28cj1RbAWkYQm3ybzjb6a8bt518x1s"}],"args":[{"name":"uri","type":"string"}]},{"name":"tokenize_nft","docs":["Device operator: sells the device's revenue for `term` seconds as one Metaplex NFT named after the device (Token Metadata by CPI, verified into the collection); the payout is locked to the pool's vault until the term's end."],"discriminator":[106,224,100,12,177,220,56,227],"accounts":[{"name":"operator","writable":true,"signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}},{"name":"market"},{"name":"device","writable":true},{"name":"mint","writable":true},{"name":"pool","writable":true,"pda":{"seeds":[{"kind":"const","value":[112,111,111,108]},{"kind":"account","path":"mint"}]}},{"name":"vault","writable":true,"pda":{"seeds":[{"kind":"const","value":[118,97,117,108,116]},{"kind":"account","path":"pool"}]}},{"name":"iosd_mint"},{"name":"metadata","writable":true},{"name":"master_edition","writable":true},{"name":"operator_nft","writable":true},{"name":"collection_mint","pda":{"seeds":[{"kind":"const","value":[110,102,116,45,99,111,108,108,101,99,116,105,111,110]}]}},{"name":"collection_metadata","writable":true},{"name":"collection_master_edition"},{"name":"token_program","address":"TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"},{"name":"iosd_token_program"},{"name":"associated_token_program","address":"ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL"},{"name":"system_program","address":"11111111111111111111111111111111"},{"name":"sysvar_instructions","address":"Sysvar1nstructions1111111111111111111111111"},{"name":"token_metadata_program","address":"metaqbxxUerdq28cj1RbAWkYQm3ybzjb6a8bt518x1s"},{"name":"rental_escrow_program","address":"BZHB37etpvaov78vmJKDpD8ND6r8kxJJ7w6VqGMTZRQS"}],"args":[{"name":"term","type":"i64"},{"name":"uri","type":"string"}]},{"name":"claim_nft","docs":["Whoever holds the NFT (an SPL Token account of its mint with the one token, owned by the signer): collects the holders' revenue synced and not yet claimed."],"discriminator":[6,193,146,120,48,218,69,33],"accounts":[{"name":"holder","signer":true},{"name":"pool","writable":true},{"name":"nft_account"},{"name":"vault","writable":true},{"name":"destination","writable":true},{"name":"iosd_mint"},{"name":"iosd_token_program"}],"args":[]}],"accounts":[{"name":"Config","discriminator":[155,12,170,224,30,250,204,130]},{"name":"Pool","discriminator":[241,154,109,4,17,177,109,188]},{"name":"Holder","discriminator":[37,121,1,40,55,46,199,157]},{"name":"Bond","discriminator":[224,128,48,251,182,246,111,196]},{"name":"NftPool","discriminator":[64,127,161,167,15,15,152,86]}],"errors":[{"code":6000,"name":"InvalidSplit","msg":"The operator's share must be at most 10,000 bps"},{"code":6001,"name":"MintMismatch","msg":"The IOSD mint is not the market's payment mint"},{"code":6002,"name":"NotUpgradeAuthority","msg":"Only the program's upgrade authority can initialize it"},{"code":6003,"name":"NotAdmin","msg":"Only the config's admin can do this"},{"code":6004,"name":"NotPendingAdmin","msg":"Only the proposed admin can accept the admin role"},{"code":6005,"name":"Paused","msg":"Tokenization and sales are paused"},{"code":6006,"name":"NotOperator","msg":"Only the device's operator can do this"},{"code":6007,"name":"PayoutAlreadyLocked","msg":"The device's payout is already locked (its revenue is already tokenized)"},{"code":6008,"name":"DeviceNotPaidInIosd","msg":"Only devices paid in IOSD can be tokenized"},{"code":6009,"name":"InvalidShares","msg":"The number of shares must be at least 1"},{"code":6010,"name":"InvalidTerm","msg":"The term must be positive"},{"code":6011,"name":"MetadataTooLong","msg":"Name, symbol or uri is too long"},{"code":6012,"name":"NotTransferring","msg":"The transfer hook runs only inside a Token-2022 transfer of the share mint"},{"code":6013,"name":"WrongMint","msg":"The token account does not hold this pool's shares"},{"code":6014,"name":"WrongCheckpoint","msg":"The checkpoint belongs to another pool or token account"},{"code":6015,"name":"NotTokenOwner","msg":"Only the token account's owner can do this"},{"code":6016,"name":"WrongVault","msg":"The vault is not this pool's revenue vault"},{"code":6017,"name":"WrongOperatorPayout","msg":"The operator payout account is not the pool's"},{"code":6018,"name":"NotListed","msg":"The shares are not listed for sale"},{"code":6019,"name":"NotEnoughListed","msg":"Fewer shares are listed than requested"},{"code":6020,"name":"PriceAboveMax","msg":"The listing price is above the buyer's maximum"},{"code":6021,"name":"InvalidPrice","msg":"The price per share must be positive"},{"code":6022,"name":"TransferMustFollow","msg":"The share transfer this instruction approves must be the transaction's next instruction"},{"code":6023,"name":"TermNotEnded","msg":"The term has not ended"},{"code":6024,"name":"TermAlreadyEnded","msg":"The term has already ended and the payout was released"},{"code":6025,"name":"WrongDevice","msg":"The device is not this pool's device"},{"code":6026,"name":"Overflow","msg":"Arithmetic overflow"},{"code":6027,"name":"UnsupportedPaymentMint","msg":"The sale must be paid in the market's IO or IOSD"},{"code":6028,"name":"InvalidDistributionPeriod","msg":"The distribution period must be between one day and one year"},{"code":6029,"name":"RentalsStillOpen","msg":"The device still has open rentals whose revenue belongs to the term"},{"code":6030,"name":"VaultNotSynced","msg":"The vault holds revenue not yet synced"},{"code":6031,"name":"TermOver","msg":"The term is over: shares are no longer sold"},{"code":6032,"name":"UnsupportedMintExtension","msg":"The mint has a Token-2022 extension that controls balances (only metadata, group, interest-bearing and scaled-UI extensions are accepted)"},{"code":6033,"name":"SubscriptionClosed","msg":"The bond's subscription is closed"},{"code":6034,"name":"Oversubscribed","msg":"The subscription would raise more than the face value"},{"code":6035,"name":"SubscriptionOpen","msg":"The subscription is still open: before the deadline and short of the face value"},{"code":6036,"name":"NotRefundable","msg":"Only bonds whose issue failed are refunded"},{"code":6037,"name":"PayoutToOwnVault","msg":"A payment out of the vault cannot go back into the vault"},{"code":6038,"name":"BondNotActive","msg":"The bond's coupons have not started (its subscription is open or failed)"},{"code":6039,"name":"NotRedeemable","msg":"Bond tokens are redeemed at maturity, or at once after a default"},{"code":6040,"name":"NotInDefault","msg":"The bond is not in default: coupons due a grace period ago are paid and the reserve is not short at maturity"},{"code":6041,"name":"NotDefaulted","msg":"Only a bond in default can be cured"},{"code":6042,"name":"CollateralAlreadyPaid","msg":"Collateral was already paid to holders: the default can no longer be cured"},{"code":6043,"name":"RepaymentTooLarge","msg":"The repayment is more than the principal not yet reserved"},{"code":6044,"name":"BondOutstanding","msg":"The bond is not discharged: before maturity, coupons unpaid or principal not yet reserved"},{"code":6045,"name":"BondClosed","msg":"The bond is closed"},{"code":6046,"name":"ZeroAmount","msg":"The amount must be positive"},{"code":6047,"name":"NotNftHolder","msg":"The signer's token account does not hold this NFT"},{"code":6048,"name":"WrongCollection","msg":"Not the cash-flow NFT collection, or it was not created yet"},{"code":6049,"name":"NftCollectionExists","msg":"The cash-flow NFT collection already exists"}],"types":[{"name":"Config","type":{"kind":"struct","fields":[{"name":"admin","type":"pubkey"},{"name":"pending_admin","type":"pubkey"},{"name":"iosd_mint","type":"pubkey"},{"name":"iosd_token_program","type":"pubkey"},{"name":"market","type":"pubkey"},{"name":"operator_bps","type":"u16"},{"name":"pool_count","type":"u64"},{"name":"paused","type":"bool"},{"name":"bump","type":"u8"}]}},{"name":"Pool","type":{"kind":"struct","fields":[{"name":"device","type":"pubkey"},{"name":"operator","type":"pubkey"},{"name":"mint","type":"pubkey"},{"name":"vault","type":"pubkey"},{"name":"shares","type":"u64"},{"name":"term_end","type":"i64"},{"name":"operator_bps","type":"u16"},{"name":"revenue_per_share","type":"u128"},{"name":"accruing_shares","type":"u64"},{"name":"distribution_period","type":"i64"},{"name":"undistributed","type":"u64"},{"name":"stream_end","type":"i64"},{"name":"last_release","type":"i64"},{"name":"vault_balance","type":"u64"},{"name":"total_inflow","type":"u64"},{"name":"operator_revenue","type":"u64"},{"name":"holders_revenue","type":"u64"},{"name":"claimed","type":"u64"},{"name":"operator_owed","type":"u64"},{"name":"operator_claimed","type":"u64"},{"name":"sale_price","type":"u64"},{"name":"sale_mint","type":"pubkey"},{"name":"sale_account","type":"pubkey"},{"name":"sale_token_program","type":"pubkey"},{"name":"shares_sold","type":"u64"},{"name":"term_ended","type":"bool"},{"name":"bump","type":"u8"},{"name":"vault_bump","type":"u8"}]}},{"name":"Holder","type":{"kind":"struct","fields":[{"name":"pool","type":"pubkey"},{"name":"token_account","type":"pubkey"},{"name":"shares","type":"u64"},{"name":"revenue_snapshot","type":"u128"},{"name":"owed","type":"u64"},{"name":"claimed","type":"u64"},{"name":"bump","type":"u8"},{"name":"redeemed","type":"u64"},{"name":"principal_claimed","type":"u64"},{"name":"collateral_claimed","type":"u64"}]}},{"name":"DeviceTokenized","type":{"kind":"struct","fields":[{"name":"pool","type":"pubkey"},{"name":"device","type":"pubkey"},{"name":"mint","type":"pubkey"},{"name":"operator","type":"pubkey"},{"name":"shares","type":"u64"},{"name":"term_end","type":"i64"},{"name":"operator_bps","type":"u16"},{"name":"distribution_period","type":"i64"}]}},{"name":"RevenueSynced","type":{"kind":"struct","fields":[{"name":"pool","type":"pubkey"},{"name":"inflow","type":"u64"},{"name":"operator_amount","type":"u64"},{"name":"holders_amount","type":"u64"}]}},{"name":"HolderOpened","type":{"kind":"struct","fields":[{"name":"pool","type":"pubkey"},{"name":"token_account","type":"pubkey"},{"name":"shares","type":"u64"}]}},{"name":"RevenueClaimed","type":{"kind":"struct","fields":[{"name":"pool","type":"pubkey"},{"name":"token_account","type":"pubkey"},{"name":"amount","type":"u64"}]}},{"name":"SharesListed","type":{"kind":"struct","fields":[{"name":"pool","type":"pubkey"},{"name":"price_per_share","type":"u64"},{"name":"payment_mint","type":"pubkey"}]}},{"name":"SharesBought","type":{"kind":"struct","fields":[{"name":"pool","type":"pubkey"},{"name":"buyer","type":"pubkey"},{"name":"shares","type":"u64"},{"name":"paid","type":"u64"}]}},{"name":"SharesDelisted","type":{"kind":"struct","fields":[{"name":"pool","type":"pubkey"},{"name":"returned","type":"u64"}]}},{"name":"TermEnded","type":{"kind":"struct","fields":[{"name":"pool","type":"pubkey"},{"name":"device","type":"pubkey"}]}},{"name":"AdminChanged","type":{"kind":"struct","fields":[{"name":"previous","type":"pubkey"},{"name":"admin","type":"pubkey"}]}},{"name":"PauseChanged","type":{"kind":"struct","fields":[{"name":"paused","type":"bool"}]}},{"name":"OperatorClaimed","type":{"kind":"struct","fields":[{"name":"pool","type":"pubkey"},{"name":"destination","type":"pubkey"},{"name":"amount","type":"u64"}]}},{"name":"HolderPoked","type":{"kind":"struct","fields":[{"name":"pool","type":"pubkey"},{"name":"token_account","type":"pubkey"},{"name":"shares","type":"u64"}]}},{"name":"Bond","type":{"kind":"struct","fields":[{"name":"device","type":"pubkey"},{"name":"operator","type":"pubkey"},{"name":"mint","type":"pubkey"},{"name":"vault","type":"pubkey"},{"name":"collateral_vault","type":"pubkey"},{"name":"io_mint","type":"pubkey"},{"name":"io_token_program","type":"pubkey"},{"name":"face","type":"u64"},{"name":"min_raise","type":"u64"},{"name":"raised","type":"u64"},{"name":"coupon_bps","type":"u16"},{"name":"deadline","type":"i64"},{"name":"maturity","type":"i64"},{"name":"grace","type":"i64"},{"name":"start","type":"i64"},{"name":"collateral","type":"u64"},{"name":"vault_balance","type":"u64"},{"name":"operator_owed","type":"u64"},{"name":"status","type":"u8"},{"name":"bump","type":"u8"},{"name":"vault_bump","type":"u8"},{"name":"collateral_bump","type":"u8"},{"name":"distribution_period","type":"i64"},{"name":"revenue_per_share","type":"u128"},{"name":"accruing_shares","type":"u64"},{"name":"undistributed","type":"u64"},{"name":"stream_end","type":"i64"},{"name":"last_release","type":"i64"},{"name":"coupon_paid","type":"u64"},{"name":"claimed","type":"u64"},{"name":"reserve","type":"u64"},{"name":"principal_paid","type":"u64"},{"name":"redeemed","type":"u64"},{"name":"defaulted_at","type":"i64"},{"name":"collateral_paid","type":"u64"},{"name":"operator_claimed","type":"u64"}]}},{"name":"BondIssued","type":{"kind":"struct","fields":[{"name":"bond","type":"pubkey"},{"name":"device","type":"pubkey"},{"name":"mint","type":"pubkey"},{"name":"operator","type":"pubkey"},{"name":"face","type":"u64"},{"name":"coupon_bps","type":"u16"},{"name":"deadline","type":"i64"},{"name":"maturity","type":"i64"},{"name":"collateral","type":"u64"}]}},{"name":"BondSubscribed","type":{"kind":"struct","fields":[{"name":"bond","type":"pubkey"},{"name":"token_account","type":"pubkey"},{"name":"amount","type":"u64"}]}},{"name":"SubscriptionClosed","type":{"kind":"struct","fields":[{"name":"bond","type":"pubkey"},{"name":"raised","type":"u64"},{"name":"success","type":"bool"}]}},{"name":"BondRefunded","type":{"kind":"struct","fields":[{"name":"bond","type":"pubkey"},{"name":"token_account","type":"pubkey"},{"name":"amount","type":"u64"}]}},{"name":"BondSynced","type":{"kind":"struct","fields":[{"name":"bond","type":"pubkey"},{"name":"inflow","type":"u64"},{"name":"to_coupons","type":"u64"},{"name":"to_reserve","type":"u64"},{"name":"to_operator","type":"u64"}]}},{"name":"BondDefaulted","type":{"kind":"struct","fields":[{"name":"bond","type":"pubkey"},{"name":"arrears","type":"u64"},{"name":"reserve","type":"u64"}]}},{"name":"BondCured","type":{"kind":"struct","fields":[{"name":"bond","type":"pubkey"},{"name":"amount","type":"u64"}]}},{"name":"PrincipalRepaid","type":{"kind":"struct","fields":[{"name":"bond","type":"pubkey"},{"name":"amount","type":"u64"}]}},{"name":"BondRedeemed","type":{"kind":"struct","fields":[{"name":"bond","type":"pubkey"},{"name":"token_account","type":"pubkey"},{"name":"burned","type":"u64"},{"name":"principal","type":"u64"},{"name":"collateral","type":"u64"}]}},{"name":"BondClosed","type":{"kind":"struct","fields":[{"name":"bond","type":"pubkey"},{"name":"collateral_returned","type":"u64"}]}},{"name":"NftPool","type":{"kind":"struct","fields":[{"name":"device","type":"pubkey"},{"name":"operator","type":"pubkey"},{"name":"mint","type":"pubkey"},{"name":"vault","type":"pubkey"},{"name":"term_end","type":"i64"},{"name":"operator_bps","type":"u16"},{"name":"device_class","type":"u8"},{"name":"gpu_count","type":"u32"},{"name":"region","type":{"array":["u8",16]}},{"name":"vault_balance","type":"u64"},{"name":"total_inflow","type":"u64"},{"name":"operator_revenue","type":"u64"},{"name":"holders_revenue","type":"u64"},{"name":"claimed","type":"u64"},{"name":"operator_owed","type":"u64"},{"name":"operator_claimed","type":"u64"},{"name":"term_ended","type":"bool"},{"name":"bump","type":"u8"},{"name":"vault_bump","type":"u8"}]}},{"name":"NftCollectionCreated","type":{"kind":"struct","fields":[{"name":"mint","type":"pubkey"},{"name":"metadata","type":"pubkey"}]}},{"name":"NftTokenized","type":{"kind":"struct","fields":[{"name":"pool","type":"pubkey"},{"name":"device","type":"pubkey"},{"name":"mint","type":"pubkey"},{"name":"metadata","type":"pubkey"},{"name":"operator","type":"pubkey"},{"name":"term_end","type":"i64"},{"name":"operator_bps","type":"u16"}]}}],"events":[{"name":"DeviceTokenized","discriminator":[42,166,238,87,156,95,240,184]},{"name":"RevenueSynced","discriminator":[198,35,113,188,100,79,203,75]},{"name":"HolderOpened","discriminator":[133,172,228,247,214,213,195,160]},{"name":"RevenueClaimed","discriminator":[5,254,104,87,133,137,45,116]},{"name":"SharesListed","discriminator":[233,5,16,63,107,7,205,196]},{"name":"SharesBought","discriminator":[240,98,69,10,253,234,226,65]},{"name":"SharesDelisted","discriminator":[144,224,44,62,218,208,50,133]},{"name":"TermEnded","discriminator":[32,223,131,243,129,7,63,108]},{"name":"OperatorClaimed","discriminator":[148,81,167,119,187,75,240,97]},{"name":"HolderPoked","discriminator":[12,31,239,39,2,0,109,15]},{"name":"AdminChanged","discriminator":[232,34,31,226,62,18,19,114]},{"name":"PauseChanged","discriminator":[238,188,213,78,134,209,178,218]},{"name":"BondIssued","discriminator":[42,215,210,134,104,101,194,60]},{"name":"BondSubscribed","discriminator":[74,201,195,159,174,85,234,105]},{"name":"SubscriptionClosed","discriminator":[8,104,17,72,113,51,156,92]},{"name":"BondRefunded","discriminator":[52,32,75,36,37,139,123,17]},{"name":"BondSynced","discriminator":[5,35,214,96,205,224,124,121]},{"name":"BondDefaulted","discriminator":[78,100,249,23,207,66,135,38]},{"name":"BondCured","discriminator":[137,221,216,180,148,205,111,166]},{"name":"PrincipalRepaid","discriminator":[2,199,85,158,98,208,137,23]},{"name":"BondRedeemed","discriminator":[188,237,184,77,43,59,193,108]},{"name":"BondClosed","discriminator":[227,55,88,183,234,17,203,66]},{"name":"NftCollectionCreated","discriminator":[152,166,12,103,18,237,80,37]},{"name":"NftTokenized","discriminator":[74,99,158,90,26,197,161,60]}]} as unknown as ComputeTokens;
