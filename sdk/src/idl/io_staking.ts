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
    }
  ],
  "events": [
    {
      "name": "staked",
      "discriminator": [11, 146, 45, 205, 230, 58, 213, 240]
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
    }
  ]
};

export const IO_STAKING_IDL: IoStaking = require("../../idl/io_staking.json");
