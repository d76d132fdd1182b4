// Generated from sdk/idl/io_staking.json by scripts/gen-idl-types.js: do not edit.
export type IoStaking = {
  "address": "3gD6U5rXwmMZ1yYbCoSCDruF3ZHS1ekFMercfyWjWqMm",
  "metadata": {
    "name": "ioStaking",
    "version": "0.1.0",
    "spec": "0.1.0",
    "description": "Stake IO with a cooldown, earn streamed rewards, bond stake for listed devices, get slashed"
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
          "name": "ioMint"
        },
        {
          "name": "stakeVault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [115, 116, 97, 107, 101, 95, 118, 97, 117, 108, 116]
              },
              {
                "kind": "account",
                "path": "config"
              }
            ]
          }
        },
        {
          "name": "rewardVault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [114, 101, 119, 97, 114, 100, 95, 118, 97, 117, 108, 116]
              },
              {
                "kind": "account",
                "path": "config"
              }
            ]
          }
        },
        {
          "name": "treasury"
        },
        {
          "name": "tokenProgram"
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        },
        {
          "name": "program",
          "address": "3gD6U5rXwmMZ1yYbCoSCDruF3ZHS1ekFMercfyWjWqMm"
        },
        {
          "name": "programData",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [39, 194, 179, 79, 58, 97, 63, 221, 194, 31, 89, 29, 119, 47, 104, 166, 123, 47, 28, 4, 25, 132, 254, 163, 213, 88, 14, 230, 27, 142, 39, 188]
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
          "name": "unstakeCooldown",
          "type": "i64"
        },
        {
          "name": "minStakePerGpu",
          "type": "u64"
        },
        {
          "name": "classMultipliersBps",
          "type": {
            "array": [
              "u32",
              16
            ]
          }
        },
        {
          "name": "bondAuthority",
          "type": "pubkey"
        },
        {
          "name": "slashAuthority",
          "type": "pubkey"
        },
        {
          "name": "changeDelay",
          "type": "i64"
        }
      ]
    },
    {
      "name": "stake",
      "docs": [
        "Moves IO from the owner's token account into the stake vault; creates the position on the first stake."
      ],
      "discriminator": [206, 176, 202, 18, 200, 209, 179, 108],
      "accounts": [
        {
          "name": "owner",
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
          "name": "position",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [115, 116, 97, 107, 101]
              },
              {
                "kind": "account",
                "path": "owner"
              }
            ]
          }
        },
        {
          "name": "ownerToken",
          "writable": true
        },
        {
          "name": "stakeVault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [115, 116, 97, 107, 101, 95, 118, 97, 117, 108, 116]
              },
              {
                "kind": "account",
                "path": "config"
              }
            ]
          }
        },
        {
          "name": "ioMint"
        },
        {
          "name": "tokenProgram"
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
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
      "name": "requestUnstake",
      "docs": [
        "Moves unbonded stake into the cooldown; it stops earning. A further request restarts the cooldown for the whole pending amount."
      ],
      "discriminator": [44, 154, 110, 253, 160, 202, 54, 34],
      "accounts": [
        {
          "name": "owner",
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
          "name": "position",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [115, 116, 97, 107, 101]
              },
              {
                "kind": "account",
                "path": "owner"
              }
            ]
          }
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
      "name": "cancelUnstake",
      "docs": [
        "Returns the whole pending unstake to earning stake."
      ],
      "discriminator": [64, 65, 53, 227, 125, 153, 3, 167],
      "accounts": [
        {
          "name": "owner",
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
          "name": "position",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [115, 116, 97, 107, 101]
              },
              {
                "kind": "account",
                "path": "owner"
              }
            ]
          }
        }
      ],
      "args": []
    },
    {
      "name": "withdraw",
      "docs": [
        "After the cooldown, pays the pending unstake from the stake vault to any IO token account."
      ],
      "discriminator": [183, 18, 70, 156, 148, 109, 161, 34],
      "accounts": [
        {
          "name": "owner",
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
          "name": "position",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [115, 116, 97, 107, 101]
              },
              {
                "kind": "account",
                "path": "owner"
              }
            ]
          }
        },
        {
          "name": "ownerToken",
          "writable": true
        },
        {
          "name": "stakeVault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [115, 116, 97, 107, 101, 95, 118, 97, 117, 108, 116]
              },
              {
                "kind": "account",
                "path": "config"
              }
            ]
          }
        },
        {
          "name": "ioMint"
        },
        {
          "name": "tokenProgram"
        }
      ],
      "args": []
    },
    {
      "name": "claimRewards",
      "docs": [
        "Pays the position's rewards from the reward vault to any IO token account."
      ],
      "discriminator": [4, 144, 132, 71, 116, 23, 151, 80],
      "accounts": [
        {
          "name": "owner",
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
          "name": "position",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [115, 116, 97, 107, 101]
              },
              {
                "kind": "account",
                "path": "owner"
              }
            ]
          }
        },
        {
          "name": "ownerToken",
          "writable": true
        },
        {
          "name": "rewardVault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [114, 101, 119, 97, 114, 100, 95, 118, 97, 117, 108, 116]
              },
              {
                "kind": "account",
                "path": "config"
              }
            ]
          }
        },
        {
          "name": "ioMint"
        },
        {
          "name": "tokenProgram"
        }
      ],
      "args": []
    },
    {
      "name": "fundRewards",
      "docs": [
        "Admin: deposits rewards streamed over `duration` seconds; the unstreamed rest of a running period rolls in."
      ],
      "discriminator": [114, 64, 163, 112, 175, 167, 19, 121],
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
        },
        {
          "name": "adminToken",
          "writable": true
        },
        {
          "name": "rewardVault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [114, 101, 119, 97, 114, 100, 95, 118, 97, 117, 108, 116]
              },
              {
                "kind": "account",
                "path": "config"
              }
            ]
          }
        },
        {
          "name": "ioMint"
        },
        {
          "name": "tokenProgram"
        }
      ],
      "args": [
        {
          "name": "amount",
          "type": "u64"
        },
        {
          "name": "duration",
          "type": "u64"
        }
      ]
    },
    {
      "name": "startEmissions",
      "docs": [
        "Admin, once: starts io.net's IO emission schedule at `genesis` and creates the emission and supplier vaults."
      ],
      "discriminator": [32, 240, 66, 1, 80, 136, 79, 124],
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
          "name": "ioMint"
        },
        {
          "name": "emissionVault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [101, 109, 105, 115, 115, 105, 111, 110, 95, 118, 97, 117, 108, 116]
              },
              {
                "kind": "account",
                "path": "config"
              }
            ]
          }
        },
        {
          "name": "supplierVault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [115, 117, 112, 112, 108, 105, 101, 114, 95, 118, 97, 117, 108, 116]
              },
              {
                "kind": "account",
                "path": "config"
              }
            ]
          }
        },
        {
          "name": "tokenProgram"
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        }
      ],
      "args": [
        {
          "name": "genesis",
          "type": "i64"
        },
        {
          "name": "stakerBps",
          "type": "u16"
        },
        {
          "name": "streamSeconds",
          "type": "i64"
        }
      ]
    },
    {
      "name": "crankEmissions",
      "docs": [
        "Anyone: pays what the schedule owes since the last crank from the emission vault, stakers' share into the reward stream, the rest to the supplier vault."
      ],
      "discriminator": [87, 240, 46, 221, 74, 60, 33, 28],
      "accounts": [
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
          "name": "emissionVault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [101, 109, 105, 115, 115, 105, 111, 110, 95, 118, 97, 117, 108, 116]
              },
              {
                "kind": "account",
                "path": "config"
              }
            ]
          }
        },
        {
          "name": "rewardVault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [114, 101, 119, 97, 114, 100, 95, 118, 97, 117, 108, 116]
              },
              {
                "kind": "account",
                "path": "config"
              }
            ]
          }
        },
        {
          "name": "supplierVault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [115, 117, 112, 112, 108, 105, 101, 114, 95, 118, 97, 117, 108, 116]
              },
              {
                "kind": "account",
                "path": "config"
              }
            ]
          }
        },
        {
          "name": "ioMint"
        },
        {
          "name": "tokenProgram"
        }
      ],
      "args": []
    },
    {
      "name": "paySupplier",
      "docs": [
        "Bond authority only (rental_escrow's market): pays an operator's claimed supplier emissions out of the supplier vault, never more in all than the crank moved into it."
      ],
      "discriminator": [28, 74, 109, 152, 113, 38, 8, 109],
      "accounts": [
        {
          "name": "bondAuthority",
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
          "name": "supplierVault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [115, 117, 112, 112, 108, 105, 101, 114, 95, 118, 97, 117, 108, 116]
              },
              {
                "kind": "account",
                "path": "config"
              }
            ]
          }
        },
        {
          "name": "destination",
          "writable": true
        },
        {
          "name": "ioMint"
        },
        {
          "name": "tokenProgram"
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
      "name": "withdrawEmissionSurplus",
      "docs": [
        "Admin: moves what the emission vault holds beyond what the schedule still owes (C(LAST_EPOCH) - paid) to the treasury."
      ],
      "discriminator": [58, 218, 70, 200, 198, 136, 167, 232],
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
        },
        {
          "name": "emissionVault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [101, 109, 105, 115, 115, 105, 111, 110, 95, 118, 97, 117, 108, 116]
              },
              {
                "kind": "account",
                "path": "config"
              }
            ]
          }
        },
        {
          "name": "treasury",
          "writable": true
        },
        {
          "name": "ioMint"
        },
        {
          "name": "tokenProgram"
        }
      ],
      "args": []
    },
    {
      "name": "bond",
      "docs": [
        "Bond authority with the position owner's signature: makes the stake bonded for `device` at least the requirement of its class and GPU count, plus `extra` beyond it (creates the device's bond account the first time, tops it up after a slash)."
      ],
      "discriminator": [18, 108, 96, 244, 162, 35, 142, 202],
      "accounts": [
        {
          "name": "bondAuthority",
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
          "name": "position",
          "writable": true
        },
        {
          "name": "deviceBond",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [98, 111, 110, 100]
              },
              {
                "kind": "account",
                "path": "device"
              }
            ]
          }
        },
        {
          "name": "device"
        },
        {
          "name": "owner",
          "writable": true,
          "signer": true
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        }
      ],
      "args": [
        {
          "name": "deviceClass",
          "type": "u8"
        },
        {
          "name": "gpuCount",
          "type": "u32"
        },
        {
          "name": "extra",
          "type": "u64"
        }
      ]
    },
    {
      "name": "unbond",
      "docs": [
        "Bond authority only: releases the device's whole bond and closes its bond account (rent to the position's owner)."
      ],
      "discriminator": [151, 129, 36, 46, 102, 195, 111, 122],
      "accounts": [
        {
          "name": "bondAuthority",
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
          "name": "position",
          "writable": true
        },
        {
          "name": "deviceBond",
          "writable": true
        },
        {
          "name": "owner",
          "writable": true
        }
      ],
      "args": []
    },
    {
      "name": "releaseBond",
      "docs": [
        "Bond authority only: releases `amount` of a device's bond beyond its requirement back to the position's unbonded stake."
      ],
      "discriminator": [15, 50, 71, 19, 101, 191, 81, 142],
      "accounts": [
        {
          "name": "bondAuthority",
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
          "name": "position",
          "writable": true
        },
        {
          "name": "deviceBond",
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
      "name": "slash",
      "docs": [
        "Slash authority only: sends `amount` of one device's bonded stake to the treasury."
      ],
      "discriminator": [204, 141, 18, 161, 8, 177, 92, 142],
      "accounts": [
        {
          "name": "slashAuthority",
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
          "name": "position",
          "writable": true
        },
        {
          "name": "stakeVault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [115, 116, 97, 107, 101, 95, 118, 97, 117, 108, 116]
              },
              {
                "kind": "account",
                "path": "config"
              }
            ]
          }
        },
        {
          "name": "treasury",
          "writable": true
        },
        {
          "name": "ioMint"
        },
        {
          "name": "tokenProgram"
        },
        {
          "name": "deviceBond",
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
      "name": "sweepUndistributed",
      "docs": [
        "Admin: moves rewards nobody is or will be owed (streamed while nobody staked, rate-division remainders) to the treasury."
      ],
      "discriminator": [71, 142, 228, 115, 244, 201, 29, 92],
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
        },
        {
          "name": "rewardVault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [114, 101, 119, 97, 114, 100, 95, 118, 97, 117, 108, 116]
              },
              {
                "kind": "account",
                "path": "config"
              }
            ]
          }
        },
        {
          "name": "treasury",
          "writable": true
        },
        {
          "name": "ioMint"
        },
        {
          "name": "tokenProgram"
        }
      ],
      "args": []
    },
    {
      "name": "closePosition",
      "docs": [
        "Owner: closes a position with nothing staked, pending or owed, returning its rent."
      ],
      "discriminator": [123, 134, 81, 0, 49, 68, 98, 98],
      "accounts": [
        {
          "name": "owner",
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
          "name": "position",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [115, 116, 97, 107, 101]
              },
              {
                "kind": "account",
                "path": "owner"
              }
            ]
          }
        }
      ],
      "args": []
    },
    {
      "name": "updateConfig",
      "docs": [
        "Admin: changes the cooldown, minimum stake and class multipliers at once; proposes a new treasury and bond / slash authorities, applied by apply_config_change after the config's delay."
      ],
      "discriminator": [29, 158, 252, 191, 10, 83, 219, 99],
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
        },
        {
          "name": "treasury"
        }
      ],
      "args": [
        {
          "name": "unstakeCooldown",
          "type": "i64"
        },
        {
          "name": "minStakePerGpu",
          "type": "u64"
        },
        {
          "name": "classMultipliersBps",
          "type": {
            "array": [
              "u32",
              16
            ]
          }
        },
        {
          "name": "bondAuthority",
          "type": "pubkey"
        },
        {
          "name": "slashAuthority",
          "type": "pubkey"
        }
      ]
    },
    {
      "name": "applyConfigChange",
      "docs": [
        "Anyone, once the config's change delay has passed: applies the proposed treasury and bond and slash authorities."
      ],
      "discriminator": [18, 84, 124, 38, 182, 155, 7, 238],
      "accounts": [
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
        "Admin: refuses stake, unstake, withdraw, claim and bond until unpaused."
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
    }
  ],
  "accounts": [
    {
      "name": "config",
      "discriminator": [155, 12, 170, 224, 30, 250, 204, 130]
    },
    {
      "name": "stakePosition",
      "discriminator": [78, 165, 30, 111, 171, 125, 11, 220]
    },
    {
      "name": "deviceBond",
      "discriminator": [49, 222, 75, 5, 95, 118, 92, 156]
    }
  ],
  "events": [
    {
      "name": "staked",
      "discriminator": [11, 146, 45, 205, 230, 58, 213, 240]
    },
    {
      "name": "unstakeRequested",
      "discriminator": [21, 253, 177, 85, 129, 206, 42, 152]
    },
    {
      "name": "unstakeCancelled",
      "discriminator": [102, 223, 189, 101, 201, 223, 180, 38]
    },
    {
      "name": "withdrawn",
      "discriminator": [20, 89, 223, 198, 194, 124, 219, 13]
    },
    {
      "name": "rewardsClaimed",
      "discriminator": [75, 98, 88, 18, 219, 112, 88, 121]
    },
    {
      "name": "rewardsFunded",
      "discriminator": [84, 233, 245, 203, 228, 147, 165, 92]
    },
    {
      "name": "emissionsStarted",
      "discriminator": [161, 221, 32, 191, 186, 11, 211, 109]
    },
    {
      "name": "emissionsCranked",
      "discriminator": [131, 115, 127, 187, 102, 71, 53, 209]
    },
    {
      "name": "emissionSurplusWithdrawn",
      "discriminator": [74, 238, 85, 141, 43, 30, 197, 30]
    },
    {
      "name": "bonded",
      "discriminator": [72, 106, 31, 121, 93, 125, 84, 0]
    },
    {
      "name": "unbonded",
      "discriminator": [138, 196, 132, 173, 186, 23, 125, 164]
    },
    {
      "name": "slashed",
      "discriminator": [98, 59, 249, 154, 233, 53, 98, 194]
    },
    {
      "name": "rewardsSwept",
      "discriminator": [64, 51, 211, 143, 151, 22, 241, 145]
    },
    {
      "name": "positionClosed",
      "discriminator": [157, 163, 227, 228, 13, 97, 138, 121]
    },
    {
      "name": "configChangeProposed",
      "discriminator": [57, 212, 96, 3, 9, 29, 225, 198]
    },
    {
      "name": "configChangeApplied",
      "discriminator": [65, 124, 47, 248, 1, 25, 230, 154]
    },
    {
      "name": "adminChanged",
      "discriminator": [232, 34, 31, 226, 62, 18, 19, 114]
    },
    {
      "name": "pauseChanged",
      "discriminator": [238, 188, 213, 78, 134, 209, 178, 218]
    }
  ],
  "errors": [
    {
      "code": 6000,
      "name": "invalidCooldown",
      "msg": "The unstake cooldown must be between one second and one year"
    },
    {
      "code": 6001,
      "name": "invalidMinStake",
      "msg": "The minimum stake per GPU must be positive"
    },
    {
      "code": 6002,
      "name": "invalidClassMultiplier",
      "msg": "A device class multiplier must be zero (class unused) or at least 10,000 bps"
    },
    {
      "code": 6003,
      "name": "invalidAuthority",
      "msg": "The bond and slash authorities must be set"
    },
    {
      "code": 6004,
      "name": "notUpgradeAuthority",
      "msg": "Only the program's upgrade authority can initialize it"
    },
    {
      "code": 6005,
      "name": "zeroAmount",
      "msg": "The amount must be positive"
    },
    {
      "code": 6006,
      "name": "paused",
      "msg": "The program is paused"
    },
    {
      "code": 6007,
      "name": "insufficientBalance",
      "msg": "The amount exceeds the token account's balance"
    },
    {
      "code": 6008,
      "name": "mathOverflow",
      "msg": "Arithmetic overflow"
    },
    {
      "code": 6009,
      "name": "notAdmin",
      "msg": "Only the config's admin can do this"
    },
    {
      "code": 6010,
      "name": "notPendingAdmin",
      "msg": "Only the proposed admin can accept the admin role"
    },
    {
      "code": 6011,
      "name": "invalidTreasury",
      "msg": "The treasury must be an IO token account other than the program's vaults"
    },
    {
      "code": 6012,
      "name": "insufficientStake",
      "msg": "The amount exceeds the position's stake"
    },
    {
      "code": 6013,
      "name": "stakeBonded",
      "msg": "Bonded stake cannot be unstaked; delist the devices first"
    },
    {
      "code": 6014,
      "name": "noPendingUnstake",
      "msg": "The position has no pending unstake"
    },
    {
      "code": 6015,
      "name": "cooldownNotElapsed",
      "msg": "The unstake cooldown has not elapsed yet"
    },
    {
      "code": 6016,
      "name": "nothingToClaim",
      "msg": "The position has no rewards to claim"
    },
    {
      "code": 6017,
      "name": "invalidRewardDuration",
      "msg": "The reward period must be between one second and five years"
    },
    {
      "code": 6018,
      "name": "rewardRateTooLow",
      "msg": "The rewards are too small to stream at least one base unit per second"
    },
    {
      "code": 6019,
      "name": "notBondAuthority",
      "msg": "Only the configured bond authority can bond or unbond stake"
    },
    {
      "code": 6020,
      "name": "notSlashAuthority",
      "msg": "Only the configured slash authority can slash stake"
    },
    {
      "code": 6021,
      "name": "invalidDeviceClass",
      "msg": "The device class is not offered"
    },
    {
      "code": 6022,
      "name": "invalidGpuCount",
      "msg": "The GPU count must be positive"
    },
    {
      "code": 6023,
      "name": "insufficientUnbondedStake",
      "msg": "The position's unbonded stake does not cover the requirement"
    },
    {
      "code": 6024,
      "name": "insufficientBondedStake",
      "msg": "The amount exceeds the stake bonded for the device"
    },
    {
      "code": 6025,
      "name": "wrongDeviceBond",
      "msg": "The device bond belongs to another device or position"
    },
    {
      "code": 6026,
      "name": "payoutToProgramVault",
      "msg": "Tokens cannot be paid into or taken from the program's own vaults here"
    },
    {
      "code": 6027,
      "name": "nothingToSweep",
      "msg": "No rewards are undistributed"
    },
    {
      "code": 6028,
      "name": "positionNotEmpty",
      "msg": "The position still has stake, a pending unstake, rewards owed or device bonds"
    },
    {
      "code": 6029,
      "name": "invalidChangeDelay",
      "msg": "The delay of authority changes must be between zero and 30 days"
    },
    {
      "code": 6030,
      "name": "noPendingChange",
      "msg": "No change of treasury or authorities is pending"
    },
    {
      "code": 6031,
      "name": "changeNotReady",
      "msg": "The proposed change's delay has not passed yet"
    },
    {
      "code": 6032,
      "name": "ownerMustSign",
      "msg": "The position's owner must sign for its stake to be bonded"
    },
    {
      "code": 6033,
      "name": "unsupportedMintExtension",
      "msg": "The mint has a Token-2022 extension that controls balances (only metadata, group, interest-bearing and scaled-UI extensions are accepted)"
    },
    {
      "code": 6034,
      "name": "releaseBelowRequirement",
      "msg": "Only stake bonded beyond the device's requirement can be released, and at least one unit"
    },
    {
      "code": 6035,
      "name": "emissionsAlreadyStarted",
      "msg": "The emission schedule has already started"
    },
    {
      "code": 6036,
      "name": "emissionsNotStarted",
      "msg": "The emission schedule has not been started"
    },
    {
      "code": 6037,
      "name": "invalidEmissionSplit",
      "msg": "The stakers' share of emissions is at most 10,000 bps, and their stream lasts one second to five years"
    },
    {
      "code": 6038,
      "name": "emissionDecimalsUnsupported",
      "msg": "The emission schedule needs an IO mint with at most 10 decimals"
    },
    {
      "code": 6039,
      "name": "invalidEmissionGenesis",
      "msg": "The emission schedule's genesis must be a unix time (seconds) within a year of now"
    },
    {
      "code": 6040,
      "name": "nothingDue",
      "msg": "No emission is due: no epoch has ended since the last crank, or the schedule is complete"
    },
    {
      "code": 6041,
      "name": "supplierEmissionsExceeded",
      "msg": "Suppliers would be paid more than the crank has moved into the supplier vault"
    },
    {
      "code": 6042,
      "name": "noEmissionSurplus",
      "msg": "The emission vault holds no more than the schedule still owes"
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
            "name": "ioMint",
            "type": "pubkey"
          },
          {
            "name": "tokenProgram",
            "type": "pubkey"
          },
          {
            "name": "stakeVault",
            "type": "pubkey"
          },
          {
            "name": "rewardVault",
            "type": "pubkey"
          },
          {
            "name": "treasury",
            "type": "pubkey"
          },
          {
            "name": "bondAuthority",
            "type": "pubkey"
          },
          {
            "name": "slashAuthority",
            "type": "pubkey"
          },
          {
            "name": "changeDelay",
            "type": "i64"
          },
          {
            "name": "pendingTreasury",
            "type": "pubkey"
          },
          {
            "name": "pendingBondAuthority",
            "type": "pubkey"
          },
          {
            "name": "pendingSlashAuthority",
            "type": "pubkey"
          },
          {
            "name": "changeReadyAt",
            "type": "i64"
          },
          {
            "name": "unstakeCooldown",
            "type": "i64"
          },
          {
            "name": "minStakePerGpu",
            "type": "u64"
          },
          {
            "name": "classMultipliersBps",
            "type": {
              "array": [
                "u32",
                16
              ]
            }
          },
          {
            "name": "rewardRate",
            "type": "u64"
          },
          {
            "name": "rewardPeriodEnd",
            "type": "i64"
          },
          {
            "name": "lastUpdateTime",
            "type": "i64"
          },
          {
            "name": "rewardPerToken",
            "type": "u128"
          },
          {
            "name": "totalStaked",
            "type": "u64"
          },
          {
            "name": "totalBonded",
            "type": "u64"
          },
          {
            "name": "totalPendingUnstake",
            "type": "u64"
          },
          {
            "name": "totalRewardsFunded",
            "type": "u64"
          },
          {
            "name": "totalRewardsClaimed",
            "type": "u64"
          },
          {
            "name": "undistributedRewards",
            "type": "u64"
          },
          {
            "name": "totalRewardsSwept",
            "type": "u64"
          },
          {
            "name": "ioDecimals",
            "type": "u8"
          },
          {
            "name": "paused",
            "type": "bool"
          },
          {
            "name": "bump",
            "type": "u8"
          },
          {
            "name": "stakeVaultBump",
            "type": "u8"
          },
          {
            "name": "rewardVaultBump",
            "type": "u8"
          },
          {
            "name": "emissionGenesis",
            "type": "i64"
          },
          {
            "name": "emissionStakerBps",
            "type": "u16"
          },
          {
            "name": "emissionStreamSeconds",
            "type": "i64"
          },
          {
            "name": "emissionVault",
            "type": "pubkey"
          },
          {
            "name": "supplierVault",
            "type": "pubkey"
          },
          {
            "name": "emissionEpochs",
            "type": "u64"
          },
          {
            "name": "emissionScheduled",
            "type": "u64"
          },
          {
            "name": "emissionPaid",
            "type": "u64"
          },
          {
            "name": "emissionToStakers",
            "type": "u64"
          },
          {
            "name": "emissionToSuppliers",
            "type": "u64"
          },
          {
            "name": "emissionVaultBump",
            "type": "u8"
          },
          {
            "name": "supplierVaultBump",
            "type": "u8"
          },
          {
            "name": "emissionPaidToSuppliers",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "stakePosition",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "staked",
            "type": "u64"
          },
          {
            "name": "bonded",
            "type": "u64"
          },
          {
            "name": "deviceBonds",
            "type": "u32"
          },
          {
            "name": "pendingUnstake",
            "type": "u64"
          },
          {
            "name": "unlockTime",
            "type": "i64"
          },
          {
            "name": "rewardSnapshot",
            "type": "u128"
          },
          {
            "name": "rewardsOwed",
            "type": "u64"
          },
          {
            "name": "bump",
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "staked",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "staked",
            "type": "u64"
          },
          {
            "name": "totalStaked",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "unstakeRequested",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "pendingUnstake",
            "type": "u64"
          },
          {
            "name": "unlockTime",
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "unstakeCancelled",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "staked",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "withdrawn",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
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
      "name": "rewardsClaimed",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
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
      "name": "rewardsFunded",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "rate",
            "type": "u64"
          },
          {
            "name": "periodEnd",
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "emissionsStarted",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "genesis",
            "type": "i64"
          },
          {
            "name": "stakerBps",
            "type": "u16"
          },
          {
            "name": "streamSeconds",
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "emissionsCranked",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "epochs",
            "type": "u64"
          },
          {
            "name": "scheduled",
            "type": "u64"
          },
          {
            "name": "paid",
            "type": "u64"
          },
          {
            "name": "toStakers",
            "type": "u64"
          },
          {
            "name": "toSuppliers",
            "type": "u64"
          },
          {
            "name": "shortfall",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "bonded",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "deviceBond",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
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
            "name": "bonded",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "unbonded",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "deviceBond",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "bonded",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "slashed",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "deviceBond",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "staked",
            "type": "u64"
          },
          {
            "name": "bonded",
            "type": "u64"
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
      "name": "deviceBond",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "position",
            "type": "pubkey"
          },
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "device",
            "type": "pubkey"
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
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "bump",
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "rewardsSwept",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "amount",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "positionClosed",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "type": "pubkey"
          }
        ]
      }
    },
    {
      "name": "configChangeProposed",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "readyAt",
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "configChangeApplied",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "readyAt",
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "emissionSurplusWithdrawn",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "amount",
            "type": "u64"
          }
        ]
      }
    }
  ]
};

export const IO_STAKING_IDL = {"address":"3gD6U5rXwmMZ1yYbCoSCDruF3ZHS1ekFMercfyWjWqMm","metadata":{"name":"io_staking","version":"0.1.0","spec":"0.1.0","description":"Stake IO with a cooldown, earn streamed rewards, bond stake for listed devices, get slashed"},"instructions":[{"name":"initialize","discriminator":[175,175,109,31,13,152,155,237],"accounts":[{"name":"admin","writable":true,"signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}},{"name":"io_mint"},{"name":"stake_vault","writable":true,"pda":{"seeds":[{"kind":"const","value":[115,116,97,107,101,95,118,97,117,108,116]},{"kind":"account","path":"config"}]}},{"name":"reward_vault","writable":true,"pda":{"seeds":[{"kind":"const","value":[114,101,119,97,114,100,95,118,97,117,108,116]},{"kind":"account","path":"config"}]}},{"name":"treasury"},{"name":"token_program"},{"name":"system_program","address":"11111111111111111111111111111111"},{"name":"program","address":"3gD6U5rXwmMZ1yYbCoSCDruF3ZHS1ekFMercfyWjWqMm"},{"name":"program_data","pda":{"seeds":[{"kind":"const","value":[39,194,179,79,58,97,63,221,194,31,89,29,119,47,104,166,123,47,28,4,25,132,254,163,213,88,14,230,27,142,39,188]}],"program":{"kind":"const","value":[2,168,246,145,78,136,161,176,226,16,21,62,247,99,174,43,0,194,185,61,22,193,36,210,192,83,122,16,4,128,0,0]}}}],"args":[{"name":"unstake_cooldown","type":"i64"},{"name":"min_stake_per_gpu","type":"u64"},{"name":"class_multipliers_bps","type":{"array":["u32",16]}},{"name":"bond_authority","type":"pubkey"},{"name":"slash_authority","type":"pubkey"},{"name":"change_delay","type":"i64"}]},{"name":"stake","docs":["Moves IO from the owner's token account into the stake vault; creates the position on the first stake."],"discriminator":[206,176,202,18,200,209,179,108],"accounts":[{"name":"owner","writable":true,"signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}},{"name":"position","writable":true,"pda":{"seeds":[{"kind":"const","value":[115,116,97,107,101]},{"kind":"account","path":"owner"}]}},{"name":"owner_token","writable":true},{"name":"stake_vault","writable":true,"pda":{"seeds":[{"kind":"const","value":[115,116,97,107,101,95,118,97,117,108,116]},{"kind":"account","path":"config"}]}},{"name":"io_mint"},{"name":"token_program"},{"name":"system_program","address":"11111111111111111111111111111111"}],"args":[{"name":"amount","type":"u64"}]},{"name":"request_unstake","docs":["Moves unbonded stake into the cooldown; it stops earning. A further request restarts the cooldown for the whole pending amount."],"discriminator":[44,154,110,253,160,202,54,34],"accounts":[{"name":"owner","signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}},{"name":"position","writable":true,"pda":{"seeds":[{"kind":"const","value":[115,116,97,107,101]},{"kind":"account","path":"owner"}]}}],"args":[{"name":"amount","type":"u64"}]},{"name":"cancel_unstake","docs":["Returns the whole pending unstake to earning stake."],"discriminator":[64,65,53,227,125,153,3,167],"accounts":[{"name":"owner","signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}},{"name":"position","writable":true,"pda":{"seeds":[{"kind":"const","value":[115,116,97,107,101]},{"kind":"account","path":"owner"}]}}],"args":[]},{"name":"withdraw","docs":["After the cooldown, pays the pending unstake from the stake vault to any IO token account."],"discriminator":[183,18,70,156,148,109,161,34],"accounts":[{"name":"owner","signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}},{"name":"position","writable":true,"pda":{"seeds":[{"kind":"const","value":[115,116,97,107,101]},{"kind":"account","path":"owner"}]}},{"name":"owner_token","writable":true},{"name":"stake_vault","writable":true,"pda":{"seeds":[{"kind":"const","value":[115,116,97,107,101,95,118,97,117,108,116]},{"kind":"account","path":"config"}]}},{"name":"io_mint"},{"name":"token_program"}],"args":[]},{"name":"claim_rewards","docs":["Pays the position's rewards from the reward vault to any IO token account."],"discriminator":[4,144,132,71,116,23,151,80],"accounts":[{"name":"owner","signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}},{"name":"position","writable":true,"pda":{"seeds":[{"kind":"const","value":[115,116,97,107,101]},{"kind":"account","path":"owner"}]}},{"name":"owner_token","writable":true},{"name":"reward_vault","writable":true,"pda":{"seeds":[{"kind":"const","value":[114,101,119,97,114,100,95,118,97,117,108,116]},{"kind":"account","path":"config"}]}},{"name":"io_mint"},{"name":"token_program"}],"args":[]},{"name":"fund_rewards","docs":["Admin: deposits rewards streamed over `duration` seconds; the unstreamed rest of a running period rolls in."],"discriminator":[114,64,163,112,175,167,19,121],"accounts":[{"name":"admin","signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}},{"name":"admin_token","writable":true},{"name":"reward_vault","writable":true,"pda":{"seeds":[{"kind":"const","value":[114,101,119,97,114,100,95,118,97,117,108,116]},{"kind":"account","path":"config"}]}},{"name":"io_mint"},{"name":"token_program"}],"args":[{"name":"amount","type":"u64"},{"name":"duration","type":"u64"}]},{"name":"start_emissions","docs":["Admin, once: starts io.net's IO emission schedule at `genesis` and creates the emission and supplier vaults."],"discriminator":[32,240,66,1,80,136,79,124],"accounts":[{"name":"admin","writable":true,"signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}},{"name":"io_mint"},{"name":"emission_vault","writable":true,"pda":{"seeds":[{"kind":"const","value":[101,109,105,115,115,105,111,110,95,118,97,117,108,116]},{"kind":"account","path":"config"}]}},{"name":"supplier_vault","writable":true,"pda":{"seeds":[{"kind":"const","value":[115,117,112,112,108,105,101,114,95,118,97,117,108,116]},{"kind":"account","path":"config"}]}},{"name":"token_program"},{"name":"system_program","address":"11111111111111111111111111111111"}],"args":[{"name":"genesis","type":"i64"},{"name":"staker_bps","type":"u16"},{"name":"stream_seconds","type":"i64"}]},{"name":"crank_emissions","docs":["Anyone: pays what the schedule owes since the last crank from the emission vault, stakers' share into the reward stream, the rest to the supplier vault."],"discriminator":[87,240,46,221,74,60,33,28],"accounts":[{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}},{"name":"emission_vault","writable":true,"pda":{"seeds":[{"kind":"const","value":[101,109,105,115,115,105,111,110,95,118,97,117,108,116]},{"kind":"account","path":"config"}]}},{"name":"reward_vault","writable":true,"pda":{"seeds":[{"kind":"const","value":[114,101,119,97,114,100,95,118,97,117,108,116]},{"kind":"account","path":"config"}]}},{"name":"supplier_vault","writable":true,"pda":{"seeds":[{"kind":"const","value":[115,117,112,112,108,105,101,114,95,118,97,117,108,116]},{"kind":"account","path":"config"}]}},{"name":"io_mint"},{"name":"token_program"}],"args":[]},{"name":"pay_supplier","docs":["Bond authority only (rental_escrow's market): pays an operator's claimed supplier emissions out of the supplier vault, never more in all than the crank moved into it."],"discriminator":[28,74,109,152,113,38,8,109],"accounts":[{"name":"bond_authority","signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}},{"name":"supplier_vault","writable":true,"pda":{"seeds":[{"kind":"const","value":[115,117,112,112,108,105,101,114,95,118,97,117,108,116]},{"kind":"account","path":"config"}]}},{"name":"destination","writable":true},{"name":"io_mint"},{"name":"token_program"}],"args":[{"name":"amount","type":"u64"}]},{"name":"withdraw_emission_surplus","docs":["Admin: moves what the emission vault holds beyond what the schedule still owes (C(LAST_EPOCH) - paid) to the treasury."],"discriminator":[58,218,70,200,198,136,167,232],"accounts":[{"name":"admin","signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}},{"name":"emission_vault","writable":true,"pda":{"seeds":[{"kind":"const","value":[101,109,105,115,115,105,111,110,95,118,97,117,108,116]},{"kind":"account","path":"config"}]}},{"name":"treasury","writable":true},{"name":"io_mint"},{"name":"token_program"}],"args":[]},{"name":"bond","docs":["Bond authority with the position owner's signature: makes the stake bonded for `device` at least the requirement of its class and GPU count, plus `extra` beyond it (creates the device's bond account the first time, tops it up after a slash)."],"discriminator":[18,108,96,244,162,35,142,202],"accounts":[{"name":"bond_authority","signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}},{"name":"position","writable":true},{"name":"device_bond","writable":true,"pda":{"seeds":[{"kind":"const","value":[98,111,110,100]},{"kind":"account","path":"device"}]}},{"name":"device"},{"name":"owner","writable":true,"signer":true},{"name":"system_program","address":"11111111111111111111111111111111"}],"args":[{"name":"device_class","type":"u8"},{"name":"gpu_count","type":"u32"},{"name":"extra","type":"u64"}]},{"name":"unbond","docs":["Bond authority only: releases the device's whole bond and closes its bond account (rent to the position's owner)."],"discriminator":[151,129,36,46,102,195,111,122],"accounts":[{"name":"bond_authority","signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}},{"name":"position","writable":true},{"name":"device_bond","writable":true},{"name":"owner","writable":true}],"args":[]},{"name":"release_bond","docs":["Bond authority only: releases `amount` of a device's bond beyond its requirement back to the position's unbonded stake."],"discriminator":[15,50,71,19,101,191,81,142],"accounts":[{"name":"bond_authority","signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}},{"name":"position","writable":true},{"name":"device_bond","writable":true}],"args":[{"name":"amount","type":"u64"}]},{"name":"slash","docs":["Slash authority only: sends `amount` of one device's bonded stake to the treasury."],"discriminator":[204,141,18,161,8,177,92,142],"accounts":[{"name":"slash_authority","signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}},{"name":"position","writable":true},{"name":"stake_vault","writable":true,"pda":{"seeds":[{"kind":"const","value":[115,116,97,107,101,95,118,97,117,108,116]},{"kind":"account","path":"config"}]}},{"name":"treasury","writable":true},{"name":"io_mint"},{"name":"token_program"},{"name":"device_bond","writable":true}],"args":[{"name":"amount","type":"u64"}]},{"name":"sweep_undistributed","docs":["Admin: moves rewards nobody is or will be owed (streamed while nobody staked, rate-division remainders) to the treasury."],"discriminator":[71,142,228,115,244,201,29,92],"accounts":[{"name":"admin","signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}},{"name":"reward_vault","writable":true,"pda":{"seeds":[{"kind":"const","value":[114,101,119,97,114,100,95,118,97,117,108,116]},{"kind":"account","path":"config"}]}},{"name":"treasury","writable":true},{"name":"io_mint"},{"name":"token_program"}],"args":[]},{"name":"close_position","docs":["Owner: closes a position with nothing staked, pending or owed, returning its rent."],"discriminator":[123,134,81,0,49,68,98,98],"accounts":[{"name":"owner","writable":true,"signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}},{"name":"position","writable":true,"pda":{"seeds":[{"kind":"const","value":[115,116,97,107,101]},{"kind":"account","path":"owner"}]}}],"args":[]},{"name":"update_config","docs":["Admin: changes the cooldown, minimum stake and class multipliers at once; proposes a new treasury and bond / slash authorities, applied by apply_config_change after the config's delay."],"discriminator":[29,158,252,191,10,83,219,99],"accounts":[{"name":"admin","signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}},{"name":"treasury"}],"args":[{"name":"unstake_cooldown","type":"i64"},{"name":"min_stake_per_gpu","type":"u64"},{"name":"class_multipliers_bps","type":{"array":["u32",16]}},{"name":"bond_authority","type":"pubkey"},{"name":"slash_authority","type":"pubkey"}]},{"name":"apply_config_change","docs":["Anyone, once the config's change delay has passed: applies the proposed treasury and bond and slash authorities."],"discriminator":[18,84,124,38,182,155,7,238],"accounts":[{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}}],"args":[]},{"name":"propose_admin","docs":["Admin: proposes a new admin (the default key withdraws the proposal)."],"discriminator":[121,214,199,212,87,39,117,234],"accounts":[{"name":"admin","signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}}],"args":[{"name":"new_admin","type":"pubkey"}]},{"name":"accept_admin","docs":["The proposed admin accepts the role."],"discriminator":[112,42,45,90,116,181,13,170],"accounts":[{"name":"new_admin","signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}}],"args":[]},{"name":"pause","docs":["Admin: refuses stake, unstake, withdraw, claim and bond until unpaused."],"discriminator":[211,22,221,251,74,121,193,47],"accounts":[{"name":"admin","signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}}],"args":[]},{"name":"unpause","docs":["Admin: lifts a pause."],"discriminator":[169,144,4,38,10,141,188,255],"accounts":[{"name":"admin","signer":true},{"name":"config","writable":true,"pda":{"seeds":[{"kind":"const","value":[99,111,110,102,105,103]}]}}],"args":[]}],"accounts":[{"name":"Config","discriminator":[155,12,170,224,30,250,204,130]},{"name":"StakePosition","discriminator":[78,165,30,111,171,125,11,220]},{"name":"DeviceBond","discriminator":[49,222,75,5,95,118,92,156]}],"events":[{"name":"Staked","discriminator":[11,146,45,205,230,58,213,240]},{"name":"UnstakeRequested","discriminator":[21,253,177,85,129,206,42,152]},{"name":"UnstakeCancelled","discriminator":[102,223,189,101,201,223,180,38]},{"name":"Withdrawn","discriminator":[20,89,223,198,194,124,219,13]},{"name":"RewardsClaimed","discriminator":[75,98,88,18,219,112,88,121]},{"name":"RewardsFunded","discriminator":[84,233,245,203,228,147,165,92]},{"name":"EmissionsStarted","discriminator":[161,221,32,191,186,11,211,109]},{"name":"EmissionsCranked","discriminator":[131,115,127,187,102,71,53,209]},{"name":"EmissionSurplusWithdrawn","discriminator":[74,238,85,141,43,30,197,30]},{"name":"Bonded","discriminator":[72,106,31,121,93,125,84,0]},{"name":"Unbonded","discriminator":[138,196,132,173,186,23,125,164]},{"name":"Slashed","discriminator":[98,59,249,154,233,53,98,194]},{"name":"RewardsSwept","discriminator":[64,51,211,143,151,22,241,145]},{"name":"PositionClosed","discriminator":[157,163,227,228,13,97,138,121]},{"name":"ConfigChangeProposed","discriminator":[57,212,96,3,9,29,225,198]},{"name":"ConfigChangeApplied","discriminator":[65,124,47,248,1,25,230,154]},{"name":"AdminChanged","discriminator":[232,34,31,226,62,18,19,114]},{"name":"PauseChanged","discriminator":[238,188,213,78,134,209,178,218]}],"errors":[{"code":6000,"name":"InvalidCooldown","msg":"The unstake cooldown must be between one second and one year"},{"code":6001,"name":"InvalidMinStake","msg":"The minimum stake per GPU must be positive"},{"code":6002,"name":"InvalidClassMultiplier","msg":"A device class multiplier must be zero (class unused) or at least 10,000 bps"},{"code":6003,"name":"InvalidAuthority","msg":"The bond and slash authorities must be set"},{"code":6004,"name":"NotUpgradeAuthority","msg":"Only the program's upgrade authority can initialize it"},{"code":6005,"name":"ZeroAmount","msg":"The amount must be positive"},{"code":6006,"name":"Paused","msg":"The program is paused"},{"code":6007,"name":"InsufficientBalance","msg":"The amount exceeds the token account's balance"},{"code":6008,"name":"MathOverflow","msg":"Arithmetic overflow"},{"code":6009,"name":"NotAdmin","msg":"Only the config's admin can do this"},{"code":6010,"name":"NotPendingAdmin","msg":"Only the proposed admin can accept the admin role"},{"code":6011,"name":"InvalidTreasury","msg":"The treasury must be an IO token account other than the program's vaults"},{"code":6012,"name":"InsufficientStake","msg":"The amount exceeds the position's stake"},{"code":6013,"name":"StakeBonded","msg":"Bonded stake cannot be unstaked; delist the devices first"},{"code":6014,"name":"NoPendingUnstake","msg":"The position has no pending unstake"},{"code":6015,"name":"CooldownNotElapsed","msg":"The unstake cooldown has not elapsed yet"},{"code":6016,"name":"NothingToClaim","msg":"The position has no rewards to claim"},{"code":6017,"name":"InvalidRewardDuration","msg":"The reward period must be between one second and five years"},{"code":6018,"name":"RewardRateTooLow","msg":"The rewards are too small to stream at least one base unit per second"},{"code":6019,"name":"NotBondAuthority","msg":"Only the configured bond authority can bond or unbond stake"},{"code":6020,"name":"NotSlashAuthority","msg":"Only the configured slash authority can slash stake"},{"code":6021,"name":"InvalidDeviceClass","msg":"The device class is not offered"},{"code":6022,"name":"InvalidGpuCount","msg":"The GPU count must be positive"},{"code":6023,"name":"InsufficientUnbondedStake","msg":"The position's unbonded stake does not cover the requirement"},{"code":6024,"name":"InsufficientBondedStake","msg":"The amount exceeds the stake bonded for the device"},{"code":6025,"name":"WrongDeviceBond","msg":"The device bond belongs to another device or position"},{"code":6026,"name":"PayoutToProgramVault","msg":"Tokens cannot be paid into or taken from the program's own vaults here"},{"code":6027,"name":"NothingToSweep","msg":"No rewards are undistributed"},{"code":6028,"name":"PositionNotEmpty","msg":"The position still has stake, a pending unstake, rewards owed or device bonds"},{"code":6029,"name":"InvalidChangeDelay","msg":"The delay of authority changes must be between zero and 30 days"},{"code":6030,"name":"NoPendingChange","msg":"No change of treasury or authorities is pending"},{"code":6031,"name":"ChangeNotReady","msg":"The proposed change's delay has not passed yet"},{"code":6032,"name":"OwnerMustSign","msg":"The position's owner must sign for its stake to be bonded"},{"code":6033,"name":"UnsupportedMintExtension","msg":"The mint has a Token-2022 extension that controls balances (only metadata, group, interest-bearing and scaled-UI extensions are accepted)"},{"code":6034,"name":"ReleaseBelowRequirement","msg":"Only stake bonded beyond the device's requirement can be released, and at least one unit"},{"code":6035,"name":"EmissionsAlreadyStarted","msg":"The emission schedule has already started"},{"code":6036,"name":"EmissionsNotStarted","msg":"The emission schedule has not been started"},{"code":6037,"name":"InvalidEmissionSplit","msg":"The stakers' share of emissions is at most 10,000 bps, and their stream lasts one second to five years"},{"code":6038,"name":"EmissionDecimalsUnsupported","msg":"The emission schedule needs an IO mint with at most 10 decimals"},{"code":6039,"name":"InvalidEmissionGenesis","msg":"The emission schedule's genesis must be a unix time (seconds) within a year of now"},{"code":6040,"name":"NothingDue","msg":"No emission is due: no epoch has ended since the last crank, or the schedule is complete"},{"code":6041,"name":"SupplierEmissionsExceeded","msg":"Suppliers would be paid more than the crank has moved into the supplier vault"},{"code":6042,"name":"NoEmissionSurplus","msg":"The emission vault holds no more than the schedule still owes"}],"types":[{"name":"Config","type":{"kind":"struct","fields":[{"name":"admin","type":"pubkey"},{"name":"pending_admin","type":"pubkey"},{"name":"io_mint","type":"pubkey"},{"name":"token_program","type":"pubkey"},{"name":"stake_vault","type":"pubkey"},{"name":"reward_vault","type":"pubkey"},{"name":"treasury","type":"pubkey"},{"name":"bond_authority","type":"pubkey"},{"name":"slash_authority","type":"pubkey"},{"name":"change_delay","type":"i64"},{"name":"pending_treasury","type":"pubkey"},{"name":"pending_bond_authority","type":"pubkey"},{"name":"pending_slash_authority","type":"pubkey"},{"name":"change_ready_at","type":"i64"},{"name":"unstake_cooldown","type":"i64"},{"name":"min_stake_per_gpu","type":"u64"},{"name":"class_multipliers_bps","type":{"array":["u32",16]}},{"name":"reward_rate","type":"u64"},{"name":"reward_period_end","type":"i64"},{"name":"last_update_time","type":"i64"},{"name":"reward_per_token","type":"u128"},{"name":"total_staked","type":"u64"},{"name":"total_bonded","type":"u64"},{"name":"total_pending_unstake","type":"u64"},{"name":"total_rewards_funded","type":"u64"},{"name":"total_rewards_claimed","type":"u64"},{"name":"undistributed_rewards","type":"u64"},{"name":"total_rewards_swept","type":"u64"},{"name":"io_decimals","type":"u8"},{"name":"paused","type":"bool"},{"name":"bump","type":"u8"},{"name":"stake_vault_bump","type":"u8"},{"name":"reward_vault_bump","type":"u8"},{"name":"emission_genesis","type":"i64"},{"name":"emission_staker_bps","type":"u16"},{"name":"emission_stream_seconds","type":"i64"},{"name":"emission_vault","type":"pubkey"},{"name":"supplier_vault","type":"pubkey"},{"name":"emission_epochs","type":"u64"},{"name":"emission_scheduled","type":"u64"},{"name":"emission_paid","type":"u64"},{"name":"emission_to_stakers","type":"u64"},{"name":"emission_to_suppliers","type":"u64"},{"name":"emission_vault_bump","type":"u8"},{"name":"supplier_vault_bump","type":"u8"},{"name":"emission_paid_to_suppliers","type":"u64"}]}},{"name":"StakePosition","type":{"kind":"struct","fields":[{"name":"owner","type":"pubkey"},{"name":"staked","type":"u64"},{"name":"bonded","type":"u64"},{"name":"device_bonds","type":"u32"},{"name":"pending_unstake","type":"u64"},{"name":"unlock_time","type":"i64"},{"name":"reward_snapshot","type":"u128"},{"name":"rewards_owed","type":"u64"},{"name":"bump","type":"u8"}]}},{"name":"Staked","type":{"kind":"struct","fields":[{"name":"owner","type":"pubkey"},{"name":"amount","type":"u64"},{"name":"staked","type":"u64"},{"name":"total_staked","type":"u64"}]}},{"name":"UnstakeRequested","type":{"kind":"struct","fields":[{"name":"owner","type":"pubkey"},{"name":"amount","type":"u64"},{"name":"pending_unstake","type":"u64"},{"name":"unlock_time","type":"i64"}]}},{"name":"UnstakeCancelled","type":{"kind":"struct","fields":[{"name":"owner","type":"pubkey"},{"name":"amount","type":"u64"},{"name":"staked","type":"u64"}]}},{"name":"Withdrawn","type":{"kind":"struct","fields":[{"name":"owner","type":"pubkey"},{"name":"amount","type":"u64"}]}},{"name":"RewardsClaimed","type":{"kind":"struct","fields":[{"name":"owner","type":"pubkey"},{"name":"amount","type":"u64"}]}},{"name":"RewardsFunded","type":{"kind":"struct","fields":[{"name":"amount","type":"u64"},{"name":"rate","type":"u64"},{"name":"period_end","type":"i64"}]}},{"name":"EmissionsStarted","type":{"kind":"struct","fields":[{"name":"genesis","type":"i64"},{"name":"staker_bps","type":"u16"},{"name":"stream_seconds","type":"i64"}]}},{"name":"EmissionsCranked","type":{"kind":"struct","fields":[{"name":"epochs","type":"u64"},{"name":"scheduled","type":"u64"},{"name":"paid","type":"u64"},{"name":"to_stakers","type":"u64"},{"name":"to_suppliers","type":"u64"},{"name":"shortfall","type":"u64"}]}},{"name":"Bonded","type":{"kind":"struct","fields":[{"name":"owner","type":"pubkey"},{"name":"device_bond","type":"pubkey"},{"name":"amount","type":"u64"},{"name":"device_class","type":"u8"},{"name":"gpu_count","type":"u32"},{"name":"bonded","type":"u64"}]}},{"name":"Unbonded","type":{"kind":"struct","fields":[{"name":"owner","type":"pubkey"},{"name":"device_bond","type":"pubkey"},{"name":"amount","type":"u64"},{"name":"bonded","type":"u64"}]}},{"name":"Slashed","type":{"kind":"struct","fields":[{"name":"owner","type":"pubkey"},{"name":"device_bond","type":"pubkey"},{"name":"amount","type":"u64"},{"name":"staked","type":"u64"},{"name":"bonded","type":"u64"}]}},{"name":"AdminChanged","type":{"kind":"struct","fields":[{"name":"previous","type":"pubkey"},{"name":"admin","type":"pubkey"}]}},{"name":"PauseChanged","type":{"kind":"struct","fields":[{"name":"paused","type":"bool"}]}},{"name":"DeviceBond","type":{"kind":"struct","fields":[{"name":"position","type":"pubkey"},{"name":"owner","type":"pubkey"},{"name":"device","type":"pubkey"},{"name":"device_class","type":"u8"},{"name":"gpu_count","type":"u32"},{"name":"amount","type":"u64"},{"name":"bump","type":"u8"}]}},{"name":"RewardsSwept","type":{"kind":"struct","fields":[{"name":"amount","type":"u64"}]}},{"name":"PositionClosed","type":{"kind":"struct","fields":[{"name":"owner","type":"pubkey"}]}},{"name":"ConfigChangeProposed","type":{"kind":"struct","fields":[{"name":"ready_at","type":"i64"}]}},{"name":"ConfigChangeApplied","type":{"kind":"struct","fields":[{"name":"ready_at","type":"i64"}]}},{"name":"EmissionSurplusWithdrawn","type":{"kind":"struct","fields":[{"name":"amount","type":"u64"}]}}]} as unknown as IoStaking;
